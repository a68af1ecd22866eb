# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class StaticValues(Model):
    _fields_ = (
        F("sequence_number", "Integer"),
        F("id", "Long"),
        F("value", "String"),
    )
