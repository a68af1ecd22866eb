# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Actions(Model):
    _fields_ = (
        F("exempted_profiles", "List", of="profiles.Profile"),
        F("field", "fields.Fields"),
        F("segment", "wizards.Segment"),
        F("id", "Long"),
        F("type", "String"),
        F("fields", "fields.Fields"),
        F("value", "Object"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
