# Declarations of the official business_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.business_hours.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("business_hours", "business_hours.BusinessHours"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
