# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Resource(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
    )
