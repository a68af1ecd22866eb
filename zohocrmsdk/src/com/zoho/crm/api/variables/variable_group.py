# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class VariableGroup(Model):
    _fields_ = (
        F("api_name", "String"),
        F("name", "String"),
        F("id", "Long"),
    )
