# Declarations of the official from_addresses surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Address(Model):
    _fields_ = (
        F("default", "Boolean"),
        F("user_name", "String"),
        F("id", "Long"),
        F("type", "String"),
        F("email", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
