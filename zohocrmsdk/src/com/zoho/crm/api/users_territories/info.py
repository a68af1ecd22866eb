# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Info(Model):
    _fields_ = (
        F("per_page", "Integer"),
        F("count", "Integer"),
        F("page", "Integer"),
        F("more_records", "Boolean"),
    )
