# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SharedThrough(Model):
    _fields_ = (
        F("entity_name", "String"),
        F("module", "share_records.Module"),
        F("name", "String"),
        F("id", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
