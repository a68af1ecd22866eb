# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.webforms.response_handler import ResponseHandler


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("webforms", "List", of="webforms.WebForm"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
