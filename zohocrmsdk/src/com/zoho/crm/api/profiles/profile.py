# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Profile(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("defaultview", "profiles.DefaultView", key="_default_view"),
        F("custom", "Boolean"),
        F("description", "String"),
        F("type", "Choice", values=('normal_profile', 'lite_profile')),
        F("delete", "Boolean", key="_delete"),
        F("created_by", "users.MinifiedUser"),
        F("sections", "List", of="profiles.Section"),
        F("display_label", "String"),
        F("default", "Boolean"),
        F("permission_type", "String"),
        F("modified_time", "DateTime"),
        F("permissions_details", "List", of="profiles.PermissionDetail"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("id", "Long"),
        F("category", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
