# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PermissionDetail(Model):
    _fields_ = (
        F("display_label", "String"),
        F("module", "String"),
        F("name", "String"),
        F("customizable", "Boolean"),
        F("id", "String"),
        F("enabled", "Boolean"),
        F("parent_permissions", "List", of="Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
