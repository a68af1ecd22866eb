# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replace_action_handler import ReplaceActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ReplaceActionWrapper(Model, ReplaceActionHandler):
    _fields_ = (
        F("replace_picklist_values", "List", of="global_picklists.ReplaceActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
