# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.variables.action_handler import ActionHandler


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("variables", "List", of="variables.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
