# Declarations of the official territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DeletedAssociatedTerritories(Model):
    _fields_ = (
        F("name", "String"),
        F("deleted_by", "users.MinifiedUser"),
        F("id", "String"),
        F("deleted_time", "DateTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
