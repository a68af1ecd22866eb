# Declarations of the official users_unavailability surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class UsersUnavailability(Model):
    _fields_ = (
        F("comments", "String"),
        F("from_1", "DateTime", key="from", accessor="from"),
        F("service", "String"),
        F("all_day", "Boolean"),
        F("tp_event_id", "String"),
        F("id", "Long"),
        F("to", "DateTime"),
        F("title", "String"),
        F("user", "users_unavailability.User"),
        F("tp_calendar_id", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
