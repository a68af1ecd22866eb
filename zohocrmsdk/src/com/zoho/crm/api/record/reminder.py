# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Reminder(Model):
    _fields_ = (
        F("period", "String"),
        F("unit", "Integer"),
        F("time", "String"),
    )
