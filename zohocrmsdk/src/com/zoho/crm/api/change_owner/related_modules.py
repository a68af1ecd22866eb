# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RelatedModules(Model):
    _fields_ = (
        F("api_name", "String"),
        F("id", "Long"),
    )
