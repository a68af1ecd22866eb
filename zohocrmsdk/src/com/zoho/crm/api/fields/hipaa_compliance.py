# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class HipaaCompliance(Model):
    _fields_ = (
        F("restricted_in_export", "Boolean"),
        F("restricted", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
