# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Owner(Model):
    _fields_ = (
        F("id", "Long"),
    )
