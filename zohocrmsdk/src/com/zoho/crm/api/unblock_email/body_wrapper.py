# Declarations of the official unblock_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("ids", "List", of="String"),
        F("unblock_fields", "List", of="String"),
    )
