# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Element(Model):
    _fields_ = (
        F("resource", "wizards.Resource"),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
