# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ReplacePicklistValues(Model):
    _fields_ = (
        F("old_value", "global_picklists.ReplacePicklistValue"),
        F("new_value", "global_picklists.ReplacePicklistValue"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
