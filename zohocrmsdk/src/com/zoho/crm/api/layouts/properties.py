# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Properties(Model):
    _fields_ = (
        F("reorder_rows", "Boolean"),
        F("tooltip", "layouts.Tooltip"),
        F("maximum_rows", "Integer"),
    )
