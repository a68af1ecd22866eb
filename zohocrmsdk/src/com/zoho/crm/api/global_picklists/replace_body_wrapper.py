# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ReplaceBodyWrapper(Model):
    _fields_ = (
        F("replace_picklist_values", "List", of="global_picklists.ReplacePicklistValues"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
