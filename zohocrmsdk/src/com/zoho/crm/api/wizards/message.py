# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Message(Model):
    _fields_ = (
        F("title", "String"),
        F("content", "String"),
    )
