# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Transition(Model):
    _fields_ = (
        F("next_transitions", "List", of="blueprint.NextTransition"),
        F("data", "record.Record"),
        F("type", "String"),
        F("criteria_message", "String"),
        F("execution_time", "DateTime"),
        F("sequence", "Integer"),
        F("next_field_value", "String"),
        F("text_color_code", "String"),
        F("name", "String"),
        F("criteria_matched", "Boolean"),
        F("parent_transition", "blueprint.Transition"),
        F("id", "Long"),
        F("fields", "List", of="blueprint.Field"),
        F("percent_partial_save", "Integer"),
        F("color_code", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
