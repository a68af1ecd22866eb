# Declarations of the official notes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.notes.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("data", "List", of="notes.ActionResponse"),
    )
