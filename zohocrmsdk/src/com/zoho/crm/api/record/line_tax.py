# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LineTax(Model):
    _fields_ = (
        F("percentage", "Double"),
        F("name", "String"),
        F("id", "Long"),
        F("display_name", "String"),
        F("value", "Double"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
