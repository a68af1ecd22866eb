# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class UserType(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("default", "Boolean"),
        F("modified_time", "DateTime"),
        F("personality_module", "portal_user_type.PersonalityModule"),
        F("modified_by", "portal_user_type.Owner"),
        F("name", "String"),
        F("active", "Boolean"),
        F("id", "Long"),
        F("created_by", "portal_user_type.Owner"),
        F("no_of_users", "Integer"),
        F("modules", "List", of="portal_user_type.Modules"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
