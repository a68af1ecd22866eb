# Declarations of the official definition surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Property(Model):
    _fields_ = (
        F("display_label", "String"),
        F("allowed_values", "List", of="Object"),
        F("ui_type", "Integer"),
        F("regex", "String"),
        F("read_only", "Boolean"),
        F("api_name", "String"),
        F("field_label", "String"),
        F("data_type", "String"),
        F("length", "Integer"),
        F("available_in_user_layout", "Boolean"),
        F("required", "Boolean"),
        F("properties", "List", of="definition.MinifiedProperty"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
