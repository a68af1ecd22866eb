# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Abtesting(Model):
    _fields_ = (
        F("module", "webforms.Module"),
        F("name", "String", structure="String"),
        F("id", "Long", structure="Long"),
        F("status", "String", structure="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
