# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.reschedule_history.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("data", "List", of="reschedule_history.RescheduleHistory"),
        F("info", "reschedule_history.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
