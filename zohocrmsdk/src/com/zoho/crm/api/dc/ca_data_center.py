"""The CA data centre."""
from .data_center import _Region


class CADataCenter(_Region):
    _domain = "zohoapis.ca"
    _accounts = "https://accounts.zoho.ca"
    _content = "https://content.zohoapis.ca"
    _code = "ca"


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
