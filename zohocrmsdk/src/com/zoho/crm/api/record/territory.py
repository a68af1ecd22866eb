# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Territory(Model):
    _fields_ = (
        F("name", "String", key="Name"),
        F("assigned", "String", key="$assigned"),
        F("id", "Long"),
        F("assigned_by", "users.MinifiedUser", key="$assigned_by"),
        F("assigned_time", "DateTime", key="$assigned_time"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
