# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PreferenceFieldMatch(Model):
    _fields_ = (
        F("field", "conversion_option.Field"),
        F("matched_lead_value", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
