# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.wizards.response_handler import ResponseHandler


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("wizards", "List", of="wizards.Wizard"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
