# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LockRecord(Model):
    _fields_ = (
        F("locked_reason__s", "String", key="Locked_Reason__s"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
