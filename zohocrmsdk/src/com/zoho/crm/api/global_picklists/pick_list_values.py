# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PickListValues(Model):
    _fields_ = (
        F("sequence_number", "Integer"),
        F("display_value", "String"),
        F("actual_value", "String"),
        F("id", "Long"),
        F("type", "Choice", values=('used', 'unused')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
