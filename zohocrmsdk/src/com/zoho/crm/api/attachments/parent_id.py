# Declarations of the official attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ParentId(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
    )
