# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Event(Model):
    _fields_ = (
        F("channel_expiry", "DateTime"),
        F("resource_uri", "String"),
        F("resource_id", "Long"),
        F("resource_name", "String"),
        F("notification_condition", "List", of="notifications.NotificationCondition"),
        F("channel_id", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
