# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.notifications.event import Event
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class Notification(Event):
    _fields_ = (
        F("notify_on_related_action", "Boolean"),
        F("deleteevents", "Choice", key="_delete_events", values=(True,)),
        F("resource_uri", "String"),
        F("notify_url", "String"),
        F("notification_condition", "List", of="notifications.NotificationCondition"),
        F("token", "String"),
        F("return_affected_field_values", "Boolean"),
        F("channel_expiry", "DateTime"),
        F("resource_id", "Long"),
        F("fields", "Map"),
        F("resource_name", "String"),
        F("channel_id", "String"),
        F("events", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
