# Declarations of the official mass_delete_cvid surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RecordIdBodyWrapper(Model):
    _fields_ = (
        F("ids", "List", of="Long"),
        F("territory", "mass_delete_cvid.Territory"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
