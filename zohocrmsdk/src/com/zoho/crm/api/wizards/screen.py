# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Screen(Model):
    _fields_ = (
        F("display_label", "String"),
        F("reference_id", "String"),
        F("api_name", "String"),
        F("id", "Long"),
        F("conditional_rules", "List", of="wizards.ConditionalRules"),
        F("segments", "List", of="wizards.Segment"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
