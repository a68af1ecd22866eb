# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FieldHistory(Model):
    _fields_ = (
        F("api_name", "String"),
        F("enable_colour_code", "Boolean"),
        F("field_label", "String"),
        F("data_type", "String"),
        F("id", "Long"),
        F("value", "timelines.FieldHistoryValue", key="_value"),
        F("pick_list_values", "List", of="timelines.PicklistDetail"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
