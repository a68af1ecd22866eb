# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Section(Model):
    _fields_ = (
        F("name", "String"),
        F("categories", "List", of="profiles.Category"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
