# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record_locking.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("data", "List", of="record_locking.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
