# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Approval(Model):
    _fields_ = (
        F("delegate", "Boolean"),
        F("approve", "Boolean"),
        F("reject", "Boolean"),
        F("resubmit", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
