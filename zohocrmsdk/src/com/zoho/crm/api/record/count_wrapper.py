# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.count_handler import CountHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CountWrapper(Model, CountHandler):
    _fields_ = (
        F("count", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
