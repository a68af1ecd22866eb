# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Layouts(Model):
    _fields_ = (
        F("has_more_profiles", "Boolean"),
        F("created_time", "DateTime"),
        F("convert_mapping", "layouts.ConvertMapping"),
        F("visible", "Boolean"),
        F("created_for", "users.MinifiedUser"),
        F("profiles", "List", of="layouts.Profiles"),
        F("source", "String"),
        F("created_by", "users.MinifiedUser"),
        F("sections", "List", of="layouts.Sections"),
        F("display_type", "Integer"),
        F("display_label", "String"),
        F("show_business_card", "Boolean"),
        F("actions_allowed", "layouts.ActionsAllowed"),
        F("modified_time", "DateTime"),
        F("api_name", "String"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("generated_type", "String"),
        F("id", "Long"),
        F("status", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
