# Declarations of the official features surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Feature(Model):
    _fields_ = (
        F("components", "List", of="features.Component"),
        F("api_name", "String"),
        F("parent_feature", "features.Feature"),
        F("module_supported", "Boolean"),
        F("details", "features.Detail"),
        F("feature_label", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
