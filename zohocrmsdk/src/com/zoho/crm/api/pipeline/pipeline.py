# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Pipeline(Model):
    _fields_ = (
        F("display_value", "String"),
        F("parent", "pipeline.Pipeline"),
        F("default", "Boolean"),
        F("maps", "List", of="pipeline.Maps"),
        F("actual_value", "String"),
        F("id", "Long"),
        F("child_available", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
