# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LookupField(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "String"),
    )
