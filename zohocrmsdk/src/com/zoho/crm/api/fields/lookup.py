# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Lookup(Model):
    _fields_ = (
        F("display_label", "String"),
        F("show_fields", "List", of="fields.ShowFields"),
        F("revalidate_filter_during_edit", "Boolean"),
        F("api_name", "String"),
        F("module", "modules.MinifiedModule"),
        F("id", "Long"),
        F("query_details", "fields.QueryDetails"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
