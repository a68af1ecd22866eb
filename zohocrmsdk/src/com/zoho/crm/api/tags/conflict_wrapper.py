# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConflictWrapper(Model):
    _fields_ = (
        F("conflict_id", "String"),
    )
