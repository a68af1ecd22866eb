"""The AU data centre."""
from .data_center import _Region


class AUDataCenter(_Region):
    _domain = "zohoapis.com.au"
    _accounts = "https://accounts.zoho.com.au"
    _content = "https://content.zohoapis.com.au"
    _code = "au"


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
