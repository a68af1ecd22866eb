# Declarations of the official email_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.email_templates.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("email_templates", "List", of="email_templates.EmailTemplate"),
        F("info", "email_templates.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
