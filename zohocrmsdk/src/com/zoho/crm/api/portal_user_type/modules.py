# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Modules(Model):
    _fields_ = (
        F("plural_label", "String"),
        F("shared_type", "String"),
        F("api_name", "String"),
        F("permissions", "portal_user_type.Permissions"),
        F("id", "Long"),
        F("filters", "List", of="portal_user_type.Filters"),
        F("fields", "List", of="portal_user_type.Fields"),
        F("layouts", "List", of="portal_user_type.Layouts"),
        F("views", "portal_user_type.Views"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
