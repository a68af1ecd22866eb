# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Picklist(Model):
    _fields_ = (
        F("display_label", "String"),
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("api_name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("description", "String"),
        F("pick_list_values_sorted_lexically", "Boolean"),
        F("id", "Long"),
        F("presence", "Boolean"),
        F("created_by", "users.MinifiedUser"),
        F("actual_label", "String"),
        F("pick_list_values", "List", of="global_picklists.PickListValues"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
