# Declarations of the official related_lists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RelatedList(Model):
    _fields_ = (
        F("visible", "Boolean"),
        F("module", "related_lists.ModuleMap"),
        F("sort_by", "related_lists.Field"),
        F("type", "String"),
        F("connectedmodule", "String"),
        F("linkingmodule", "String"),
        F("sequence_number", "String"),
        F("display_label", "String"),
        F("customize_sort", "Boolean"),
        F("customize_fields", "Boolean"),
        F("api_name", "String"),
        F("customize_display_label", "Boolean"),
        F("name", "String"),
        F("action", "String"),
        F("id", "Long"),
        F("href", "String"),
        F("fields", "List", of="related_lists.Field"),
        F("sort_order", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
