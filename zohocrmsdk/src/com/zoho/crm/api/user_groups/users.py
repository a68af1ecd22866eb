# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Users(Model):
    _fields_ = (
        F("inactive", "Integer"),
        F("deleted", "Integer"),
        F("active", "Integer"),
    )
