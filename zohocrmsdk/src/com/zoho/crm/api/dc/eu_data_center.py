"""The EU data centre."""
from .data_center import _Region


class EUDataCenter(_Region):
    _domain = "zohoapis.eu"
    _accounts = "https://accounts.zoho.eu"
    _content = "https://content.zohoapis.eu"
    _code = "eu"
