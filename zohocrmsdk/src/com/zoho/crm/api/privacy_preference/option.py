# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Option(Model):
    _fields_ = (
        F("suboptions", "List", of="String"),
        F("name", "String"),
        F("tooltip", "String"),
        F("type", "String"),
    )
