# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SpamControll(Model):
    _fields_ = (
        F("exclude_score", "String"),
        F("status", "String"),
    )
