# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MergeWrapper(Model):
    _fields_ = (
        F("tags", "List", of="tags.ConflictWrapper"),
    )
