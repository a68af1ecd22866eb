# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class JobDetail(Model):
    _fields_ = (
        F("result", "bulk_read.Result"),
        F("created_time", "DateTime"),
        F("file_type", "Choice", values=('csv',)),
        F("query", "bulk_read.Query"),
        F("id", "String"),
        F("state", "Choice", values=('COMPLETED', 'IN PROGRESS', 'ADDED', 'FAILURE')),
        F("operation", "String"),
        F("created_by", "users.MinifiedUser"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
