"""The US data centre."""
from .data_center import _Region


class USDataCenter(_Region):
    _domain = "zohoapis.com"
    _accounts = "https://accounts.zoho.com"
    _content = "https://content.zohoapis.com"
    _code = "us"


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
