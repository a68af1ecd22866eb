# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class File(Model):
    _fields_ = (
        F("skipped_count", "Integer"),
        F("updated_count", "Integer"),
        F("total_count", "Integer"),
        F("name", "String"),
        F("added_count", "Integer"),
        F("status", "Choice", values=('ADDED', 'IN PROGRESS', 'COMPLETED', 'SKIPPED', 'FAILED')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
