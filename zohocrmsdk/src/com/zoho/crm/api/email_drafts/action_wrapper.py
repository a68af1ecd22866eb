# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("emaildrafts", "List", key="__email_drafts", of="email_drafts.ActionResponse"),
    )
