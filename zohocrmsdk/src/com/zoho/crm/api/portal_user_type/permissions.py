# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Permissions(Model):
    _fields_ = (
        F("view", "Boolean"),
        F("delete_attachment", "Boolean"),
        F("edit", "Boolean"),
        F("edit_shared_records", "Boolean"),
        F("create", "Boolean"),
        F("create_attachment", "Boolean"),
        F("delete", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
