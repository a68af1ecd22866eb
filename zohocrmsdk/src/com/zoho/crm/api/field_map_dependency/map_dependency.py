# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MapDependency(Model):
    _fields_ = (
        F("parent", "field_map_dependency.Parent"),
        F("internal", "Boolean"),
        F("sub_module", "field_map_dependency.SubModule"),
        F("active", "Boolean"),
        F("id", "Long"),
        F("source", "Integer"),
        F("category", "Integer"),
        F("pick_list_values", "List", of="field_map_dependency.PickListMapping"),
        F("child", "field_map_dependency.Child"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
