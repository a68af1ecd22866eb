# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Profiles(Model):
    _fields_ = (
        F("defaultassignmentview", "layouts.DefaultAssignmentView", key="_default_assignment_view"),
        F("default", "Boolean"),
        F("defaultview", "layouts.DefaultView", key="_default_view"),
        F("name", "String"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
