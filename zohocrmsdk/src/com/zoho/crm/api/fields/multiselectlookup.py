# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Multiselectlookup(Model):
    _fields_ = (
        F("display_label", "String"),
        F("linking_module", "modules.MinifiedModule"),
        F("lookup_apiname", "String"),
        F("connected_module", "modules.MinifiedModule"),
        F("api_name", "String"),
        F("connectedfield_apiname", "String"),
        F("connectedlookup_apiname", "String"),
        F("id", "Long"),
        F("record_access", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
