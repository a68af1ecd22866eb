# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.convert_lead.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("data", "List", of="convert_lead.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
