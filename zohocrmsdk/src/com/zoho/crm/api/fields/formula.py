# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Formula(Model):
    _fields_ = (
        F("return_type", "String"),
        F("expression", "String"),
    )
