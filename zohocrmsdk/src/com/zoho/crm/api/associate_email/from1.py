# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class From(Model):
    _fields_ = (
        F("user_name", "String"),
        F("email", "String"),
    )
