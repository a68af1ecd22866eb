# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Private(Model):
    _fields_ = (
        F("restricted", "Boolean"),
        F("type", "String"),
        F("export", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
