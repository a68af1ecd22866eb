# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.associate_email.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("emails", "List", key="Emails", of="associate_email.ActionResponse"),
    )
