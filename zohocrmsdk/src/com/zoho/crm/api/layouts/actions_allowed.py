# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionsAllowed(Model):
    _fields_ = (
        F("edit", "Boolean"),
        F("rename", "Boolean"),
        F("clone", "Boolean"),
        F("downgrade", "Boolean"),
        F("delete", "Boolean"),
        F("deactivate", "Boolean"),
        F("set_layout_permissions", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
