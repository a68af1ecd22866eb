# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseWrapper(Interface):
    _classes_ = ("bulk_write.APIException", "bulk_write.BulkWriteResponse")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
