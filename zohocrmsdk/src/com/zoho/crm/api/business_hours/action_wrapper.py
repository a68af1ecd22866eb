# Declarations of the official business_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.business_hours.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("business_hours", "business_hours.ActionResponse", interface=True),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
