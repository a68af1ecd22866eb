# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("process", "List", of="String"),
        F("wf_trigger", "String"),
        F("data", "List", of="record.Record"),
        F("lar_id", "String"),
        F("trigger", "List", of="String"),
        F("duplicate_check_fields", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
