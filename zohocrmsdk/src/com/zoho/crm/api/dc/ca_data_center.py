"""The CA data centre."""
from .data_center import _Region


class CADataCenter(_Region):
    _domain = "zohoapis.ca"
    _accounts = "https://accounts.zoho.ca"
    _content = "https://content.zohoapis.ca"
    _code = "ca"
