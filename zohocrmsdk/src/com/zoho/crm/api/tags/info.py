# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Info(Model):
    _fields_ = (
        F("count", "Integer"),
        F("allowed_count", "Integer"),
    )
