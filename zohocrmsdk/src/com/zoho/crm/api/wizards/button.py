# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Button(Model):
    _fields_ = (
        F("color", "String"),
        F("shape", "String"),
        F("visibility", "String"),
        F("reference_id", "String"),
        F("resource", "Object"),
        F("criteria", "wizards.Criteria"),
        F("target_screen", "wizards.Screen"),
        F("type", "String"),
        F("message", "wizards.Message"),
        F("transition", "wizards.Transition"),
        F("sequence_number", "Integer"),
        F("display_label", "String"),
        F("background_color", "String"),
        F("id", "Long"),
        F("category", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
