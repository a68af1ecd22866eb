# Declarations of the official unblock_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.unblock_email.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("data", "List", of="unblock_email.ActionResponse"),
    )
