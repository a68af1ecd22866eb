# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FontAttributes(Model):
    _fields_ = (
        F("size", "Integer"),
        F("color", "String"),
        F("family", "String"),
    )
