# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.profiles.category import Category
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CategoryOthers(Model, Category):
    _fields_ = (
        F("display_label", "String"),
        F("permissions_details", "List", of="String"),
        F("name", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
