# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MassUpdateTerritory(Model):
    _fields_ = (
        F("include_child", "Boolean"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
