# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.field_map_dependency.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("map_dependency", "List", of="field_map_dependency.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
