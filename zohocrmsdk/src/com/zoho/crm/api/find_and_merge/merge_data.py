# Declarations of the official find_and_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MergeData(Model):
    _fields_ = (
        F("id", "Long"),
        F("fields", "List", key="_fields", of="find_and_merge.DataFields"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
