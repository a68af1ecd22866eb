# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MultiSelectPicklist(Model):
    _fields_ = (
        F("fieldname", "Map", key="fieldName"),
        F("id", "Long"),
    )
