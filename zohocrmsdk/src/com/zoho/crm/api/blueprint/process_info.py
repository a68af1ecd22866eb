# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ProcessInfo(Model):
    _fields_ = (
        F("field_id", "Long"),
        F("escalation", "blueprint.Escalation"),
        F("is_continuous", "Boolean"),
        F("api_name", "String"),
        F("continuous", "Boolean"),
        F("field_label", "String"),
        F("name", "String"),
        F("column_name", "String"),
        F("field_value", "String"),
        F("id", "String"),
        F("field_name", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
