# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DeletedRecord(Model):
    _fields_ = (
        F("deleted_by", "users.MinifiedUser"),
        F("id", "Long"),
        F("display_name", "String"),
        F("type", "String"),
        F("created_by", "users.MinifiedUser"),
        F("deleted_time", "DateTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
