"""The EU data centre."""
from .data_center import _Region


class EUDataCenter(_Region):
    _domain = "zohoapis.eu"
    _accounts = "https://accounts.zoho.eu"
    _content = "https://content.zohoapis.eu"
    _code = "eu"


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
