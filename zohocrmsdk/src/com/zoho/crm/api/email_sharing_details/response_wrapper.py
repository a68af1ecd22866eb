# Declarations of the official email_sharing_details surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.email_sharing_details.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("emailssharingdetails", "List", key="__emails_sharing_details", of="email_sharing_details.EmailSharings"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
