# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MinifiedProfile(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
        F("delete", "Boolean", key="_delete"),
    )
