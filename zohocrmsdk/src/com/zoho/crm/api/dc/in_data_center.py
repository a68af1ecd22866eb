"""The IN data centre."""
from .data_center import _Region


class INDataCenter(_Region):
    _domain = "zohoapis.in"
    _accounts = "https://accounts.zoho.in"
    _content = "https://content.zohoapis.in"
    _code = "in"
