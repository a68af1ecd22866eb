# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.backup.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class HistoryWrapper(Model, ResponseHandler):
    _fields_ = (
        F("history", "List", of="backup.History"),
        F("info", "backup.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
