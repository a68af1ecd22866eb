# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SourcesCount(Model):
    _fields_ = (
        F("territories", "Integer"),
        F("roles", "Integer"),
        F("groups", "Integer"),
        F("users", "user_groups.Users"),
    )
