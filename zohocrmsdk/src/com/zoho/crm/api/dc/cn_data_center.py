"""The CN data centre."""
from .data_center import _Region


class CNDataCenter(_Region):
    _domain = "zohoapis.com.cn"
    _accounts = "https://accounts.zoho.com.cn"
    _content = "https://content.zohoapis.com.cn"
    _code = "cn"
