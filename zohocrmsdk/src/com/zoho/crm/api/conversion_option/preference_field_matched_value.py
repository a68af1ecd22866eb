# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PreferenceFieldMatchedValue(Model):
    _fields_ = (
        F("deals", "List", key="Deals", of="conversion_option.PreferenceFieldMatch"),
        F("accounts", "List", key="Accounts", of="conversion_option.PreferenceFieldMatch"),
        F("contacts", "List", key="Contacts", of="conversion_option.PreferenceFieldMatch"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
