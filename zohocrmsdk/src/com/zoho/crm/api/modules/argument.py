# Declarations of the official modules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Argument(Model):
    _fields_ = (
        F("name", "String"),
        F("value", "String"),
    )
