# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DefaultAssignmentView(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
        F("type", "String"),
    )
