# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedUser(Model):
    _fields_ = (
        F("user_group", "user_groups.UserGroup"),
        F("count", "Integer"),
    )
