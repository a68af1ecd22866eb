# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.holidays.resonse_handler import ResonseHandler
from zohocrmsdk.src.com.zoho.crm.api.holidays.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler, ResonseHandler):
    _fields_ = (
        F("holidays", "List", of="holidays.Holiday"),
        F("info", "holidays.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
