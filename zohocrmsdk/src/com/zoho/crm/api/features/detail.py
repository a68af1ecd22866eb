# Declarations of the official features surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Detail(Model):
    _fields_ = (
        F("available_count", "features.Limit"),
        F("used_count", "features.Limit"),
        F("limits", "features.Limit"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
