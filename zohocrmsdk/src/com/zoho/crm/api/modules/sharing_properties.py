# Declarations of the official modules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SharingProperties(Model):
    _fields_ = (
        F("scheduler_status", "String"),
        F("share_permission", "Choice", values=('full-access', 'read-write', 'read-only')),
        F("share_preference_enabled", "Boolean"),
    )
