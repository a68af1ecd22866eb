# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.layouts.minified_layout import MinifiedLayout
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class DealLayoutMapping(MinifiedLayout):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
        F("fields", "List", of="layouts.DealField"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
