# Declarations of the official custom_views surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CustomViews(Model):
    _fields_ = (
        F("display_value", "String"),
        F("created_time", "DateTime"),
        F("access_type", "Choice", values=('public', 'only_to_me', 'shared')),
        F("criteria", "custom_views.Criteria"),
        F("system_name", "String"),
        F("module", "custom_views.Owner"),
        F("sort_by", "custom_views.SortBy"),
        F("created_by", "custom_views.Owner"),
        F("shared_to", "List", of="custom_views.SharedTo"),
        F("offline", "Boolean"),
        F("default", "Boolean"),
        F("modified_time", "DateTime"),
        F("name", "String"),
        F("modified_by", "custom_views.Owner"),
        F("system_defined", "Boolean"),
        F("id", "Long"),
        F("category", "String"),
        F("last_accessed_time", "DateTime"),
        F("locked", "Boolean"),
        F("fields", "List", of="custom_views.Fields"),
        F("favorite", "Integer"),
        F("sort_order", "Choice", values=('asc', 'desc')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
