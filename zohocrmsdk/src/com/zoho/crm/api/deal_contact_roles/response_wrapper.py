# Declarations of the official deal_contact_roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.deal_contact_roles.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("data", "List", of="deal_contact_roles.Data"),
        F("info", "deal_contact_roles.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
