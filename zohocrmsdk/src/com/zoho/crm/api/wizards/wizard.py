# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Wizard(Model):
    _fields_ = (
        F("exempted_portal_user_types", "List", of="wizards.ExemptedPortalUserType"),
        F("created_time", "DateTime"),
        F("portal_user_types", "List", of="wizards.PortalUserType"),
        F("parent_wizard", "wizards.Wizard"),
        F("module", "modules.Modules"),
        F("profiles", "List", of="profiles.Profile"),
        F("active", "Boolean"),
        F("created_by", "users.MinifiedUser"),
        F("modified_time", "DateTime"),
        F("draft", "Boolean"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("containers", "List", of="wizards.Container"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
