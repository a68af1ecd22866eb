# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Section(Model):
    _fields_ = (
        F("show_type", "String"),
        F("name", "String"),
        F("tooltip", "String"),
        F("options", "List", of="privacy_preference.Option"),
        F("title", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
