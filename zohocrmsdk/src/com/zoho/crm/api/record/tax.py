# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Tax(Model):
    _fields_ = (
        F("id", "Long"),
        F("value", "String"),
    )
