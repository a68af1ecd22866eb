# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Backup(Model):
    _fields_ = (
        F("requester", "backup.Requester"),
        F("rrule", "String"),
        F("id", "Long"),
        F("scheduled_date", "DateTime"),
        F("start_date", "DateTime"),
        F("status", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
