# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CheckinPreferences(Model):
    _fields_ = (
        F("restricted_event_types", "String"),
    )
