"""The US data centre."""
from .data_center import _Region


class USDataCenter(_Region):
    _domain = "zohoapis.com"
    _accounts = "https://accounts.zoho.com"
    _content = "https://content.zohoapis.com"
    _code = "us"
