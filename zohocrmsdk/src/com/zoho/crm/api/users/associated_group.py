# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedGroup(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("description", "String"),
        F("id", "Long"),
        F("created_by", "users.MinifiedUser"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
