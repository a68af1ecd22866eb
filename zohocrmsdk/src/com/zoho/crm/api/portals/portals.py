# Declarations of the official portals surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Portals(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("modified_by", "portals.Owner"),
        F("name", "String"),
        F("active", "Boolean"),
        F("zaid", "String"),
        F("created_by", "portals.Owner"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
