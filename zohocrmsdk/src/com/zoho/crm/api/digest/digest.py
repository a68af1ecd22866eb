# Declarations of the official digest surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Digest(Model):
    _fields_ = (
        F("record_id", "Long"),
        F("module", "String"),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
