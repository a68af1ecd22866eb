# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Resource(Model):
    _fields_ = (
        F("field_mappings", "List", of="bulk_write.FieldMapping"),
        F("code", "String"),
        F("file", "bulk_write.File"),
        F("file_names", "List", of="String"),
        F("ignore_empty", "Boolean"),
        F("module", "modules.MinifiedModule"),
        F("file_id", "String"),
        F("find_by", "String"),
        F("type", "Choice", values=('data',)),
        F("status", "Choice", values=('ADDED', 'IN PROGRESS', 'COMPLETED', 'SKIPPED', 'FAILED')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
