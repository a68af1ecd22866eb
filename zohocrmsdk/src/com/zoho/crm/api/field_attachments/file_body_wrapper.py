# Declarations of the official field_attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.field_attachments.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FileBodyWrapper(Model, ResponseHandler):
    _fields_ = (
        F("file", "util.StreamWrapper", structure=None),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
