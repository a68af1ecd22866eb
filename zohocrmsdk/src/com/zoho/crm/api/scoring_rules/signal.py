# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Signal(Model):
    _fields_ = (
        F("namespace", "String"),
        F("id", "Long"),
    )
