# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Groups(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("sources", "List", of="user_groups.Sources"),
        F("modified_by", "user_groups.Owner"),
        F("name", "String"),
        F("description", "String"),
        F("id", "Long"),
        F("created_by", "user_groups.Owner"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
