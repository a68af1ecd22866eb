# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LinkedRecord(Model):
    _fields_ = (
        F("module", "send_mail.LinkedModule"),
        F("name", "String"),
        F("id", "Long"),
    )
