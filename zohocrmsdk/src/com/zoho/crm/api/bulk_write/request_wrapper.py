# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RequestWrapper(Model):
    _fields_ = (
        F("resource", "List", of="bulk_write.Resource"),
        F("ignore_empty", "Boolean"),
        F("character_encoding", "String"),
        F("callback", "bulk_write.CallBack"),
        F("operation", "Choice", values=('insert', 'update', 'upsert')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
