# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("unsubscribe_links", "List", of="unsubscribe_links.UnsubscribeLinks"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
