# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Views(Model):
    _fields_ = (
        F("display_label", "String"),
        F("name", "String"),
        F("id", "Long"),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
