"""The JP data centre."""
from .data_center import _Region


class JPDataCenter(_Region):
    _domain = "zohoapis.jp"
    _accounts = "https://accounts.zoho.jp"
    _content = "https://content.zohoapis.jp"
    _code = "jp"
