# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CarryOverTags(Model):
    _fields_ = (
        F("deals", "List", key="Deals", of="String"),
        F("accounts", "List", key="Accounts", of="String"),
        F("contacts", "List", key="Contacts", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
