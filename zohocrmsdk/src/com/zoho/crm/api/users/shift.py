# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Shift(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "String"),
    )
