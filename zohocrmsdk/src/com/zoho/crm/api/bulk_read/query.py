# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Query(Model):
    _fields_ = (
        F("cvid", "Long"),
        F("criteria", "bulk_read.Criteria"),
        F("file_type", "Choice", values=('ics',)),
        F("module", "modules.MinifiedModule"),
        F("page", "Integer"),
        F("fields", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
