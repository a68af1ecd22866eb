# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("conversion_option.APIException", "conversion_option.ResponseWrapper")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
