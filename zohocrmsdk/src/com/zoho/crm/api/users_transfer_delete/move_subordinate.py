# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MoveSubordinate(Model):
    _fields_ = (
        F("id", "Long"),
    )
