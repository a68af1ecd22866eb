# Declarations of the official fiscal_year surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.fiscal_year.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("fiscal_year", "fiscal_year.Year"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
