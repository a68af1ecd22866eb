# Declarations of the official from_addresses surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.from_addresses.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("from_addresses", "List", of="from_addresses.Address"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
