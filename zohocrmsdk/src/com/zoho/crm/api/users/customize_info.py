# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CustomizeInfo(Model):
    _fields_ = (
        F("notes_desc", "Object"),
        F("show_right_panel", "Object"),
        F("bc_view", "Object"),
        F("show_home", "Boolean"),
        F("show_detail_view", "Boolean"),
        F("unpin_recent_item", "Object"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
