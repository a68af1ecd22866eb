# Declarations of the official roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.roles.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("roles", "List", of="roles.ActionResponse"),
    )
