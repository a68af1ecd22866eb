# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Child(Model):
    _fields_ = (
        F("api_name", "String"),
        F("id", "Long"),
    )
