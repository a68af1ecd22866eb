# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MultiSelectLookup(Model):
    _fields_ = (
        F("fieldname", "Map", key="fieldName"),
        F("id", "Long"),
        F("has_more", "Map", key="$has_more"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
