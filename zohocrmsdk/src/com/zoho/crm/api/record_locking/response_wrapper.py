# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record_locking.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("data", "List", of="record_locking.RecordLock"),
        F("info", "record_locking.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
