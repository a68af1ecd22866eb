# Declarations of the official portals_meta surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Modules(Model):
    _fields_ = (
        F("plural_label", "String"),
        F("shared_type", "String"),
        F("api_name", "String"),
        F("id", "Long"),
        F("filters", "List", of="portals_meta.Filters"),
        F("layouts", "List", of="portals_meta.Layouts"),
        F("views", "List", of="portals_meta.Views"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
