# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class UserDetails(Model):
    _fields_ = (
        F("user_name", "String"),
        F("email", "String"),
    )
