# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class InventoryTemplate(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
    )
