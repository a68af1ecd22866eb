# Declarations of the official custom_views surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Translation(Model):
    _fields_ = (
        F("public_views", "String"),
        F("other_users_views", "String"),
        F("shared_with_me", "String"),
        F("created_by_me", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
