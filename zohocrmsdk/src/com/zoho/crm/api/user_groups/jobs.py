# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Jobs(Model):
    _fields_ = (
        F("status", "String", key="Status"),
    )
