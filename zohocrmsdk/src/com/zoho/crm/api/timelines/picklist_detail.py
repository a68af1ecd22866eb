# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PicklistDetail(Model):
    _fields_ = (
        F("display_value", "String"),
        F("sequence_number", "Integer"),
        F("colour_code", "String"),
        F("actual_value", "String"),
        F("id", "Long"),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
