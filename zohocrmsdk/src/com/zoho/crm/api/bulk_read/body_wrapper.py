# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("file_type", "Choice", values=('ics', 'csv')),
        F("query", "bulk_read.Query"),
        F("callback", "bulk_read.CallBack"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
