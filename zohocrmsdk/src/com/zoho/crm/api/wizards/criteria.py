# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Criteria(Model):
    _fields_ = (
        F("comparator", "String"),
        F("field", "wizards.Field"),
        F("group_operator", "String"),
        F("value", "Object"),
        F("group", "List", of="wizards.Criteria"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
