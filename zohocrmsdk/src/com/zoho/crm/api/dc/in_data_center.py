"""The IN data centre."""
from .data_center import _Region


class INDataCenter(_Region):
    _domain = "zohoapis.in"
    _accounts = "https://accounts.zoho.in"
    _content = "https://content.zohoapis.in"
    _code = "in"


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
