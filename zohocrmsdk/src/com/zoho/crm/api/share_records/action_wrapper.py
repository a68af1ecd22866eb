# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.share_records.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("share", "List", of="share_records.ActionResponse"),
        F("notify", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
