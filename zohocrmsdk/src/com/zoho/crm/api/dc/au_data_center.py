"""The AU data centre."""
from .data_center import _Region


class AUDataCenter(_Region):
    _domain = "zohoapis.com.au"
    _accounts = "https://accounts.zoho.com.au"
    _content = "https://content.zohoapis.com.au"
    _code = "au"
