# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AutoNumber(Model):
    _fields_ = (
        F("prefix", "String"),
        F("start_number", "Integer"),
        F("suffix", "String"),
    )
