# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ExistingTagRequestWrapper(Model):
    _fields_ = (
        F("ids", "List", of="Long"),
        F("tags", "List", of="tags.ExistingTag"),
    )
