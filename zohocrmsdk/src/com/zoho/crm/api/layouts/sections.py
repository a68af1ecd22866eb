# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Sections(Model):
    _fields_ = (
        F("display_label", "String"),
        F("sequence_number", "Integer"),
        F("issubformsection", "Boolean", key="isSubformSection"),
        F("tab_traversal", "String"),
        F("api_name", "String"),
        F("column_count", "Integer"),
        F("name", "String"),
        F("generated_type", "String"),
        F("id", "Long"),
        F("type", "String"),
        F("fields", "List", of="layouts.SectionField"),
        F("properties", "layouts.Properties"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
