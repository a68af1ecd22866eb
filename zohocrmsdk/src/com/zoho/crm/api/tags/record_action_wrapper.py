# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.tags.record_action_handler import RecordActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RecordActionWrapper(Model, RecordActionHandler):
    _fields_ = (
        F("data", "List", of="tags.RecordActionResponse"),
        F("wf_scheduler", "Boolean"),
        F("success_count", "String"),
        F("locked_count", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
