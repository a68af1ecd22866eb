# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.bulk_write.response_wrapper import ResponseWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BulkWriteResponse(Model, ResponseWrapper):
    _fields_ = (
        F("result", "bulk_write.Result"),
        F("created_time", "DateTime"),
        F("resource", "List", of="bulk_write.Resource"),
        F("character_encoding", "String"),
        F("callback", "bulk_write.CallBack"),
        F("id", "String"),
        F("created_by", "users.MinifiedUser"),
        F("operation", "String"),
        F("status", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
