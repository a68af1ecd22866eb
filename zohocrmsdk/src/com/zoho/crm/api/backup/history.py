# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class History(Model):
    _fields_ = (
        F("done_by", "backup.Requester"),
        F("repeat_type", "String"),
        F("file_name", "String"),
        F("count", "Integer"),
        F("action", "String"),
        F("id", "Long"),
        F("state", "String"),
        F("log_time", "DateTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
