# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ViewType(Model):
    _fields_ = (
        F("view", "Boolean"),
        F("edit", "Boolean"),
        F("quick_create", "Boolean"),
        F("create", "Boolean"),
    )
