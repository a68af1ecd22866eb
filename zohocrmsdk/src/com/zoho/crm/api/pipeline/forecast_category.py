# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ForecastCategory(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
    )
