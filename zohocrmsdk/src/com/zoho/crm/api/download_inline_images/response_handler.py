# Declarations of the official download_inline_images surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("download_inline_images.FileBodyWrapper", "download_inline_images.APIException")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
