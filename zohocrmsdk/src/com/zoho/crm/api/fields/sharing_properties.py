# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SharingProperties(Model):
    _fields_ = (
        F("scheduler_status", "String"),
        F("share_permission", "Choice", values=('full-access', 'read-write', 'read-only')),
        F("share_preference_enabled", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
