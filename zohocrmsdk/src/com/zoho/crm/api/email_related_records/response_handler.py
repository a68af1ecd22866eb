# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("email_related_records.ResponseWrapper", "email_related_records.APIException")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
