# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FieldMapping(Model):
    _fields_ = (
        F("parent_column_index", "Integer"),
        F("api_name", "String"),
        F("module", "String"),
        F("format", "String"),
        F("find_by", "String"),
        F("index", "Integer"),
        F("default_value", "bulk_write.DefaultValue"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
