# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Status(Model):
    _fields_ = (
        F("first_open", "DateTime"),
        F("bounced_time", "DateTime"),
        F("sub_category", "String"),
        F("count", "String"),
        F("bounced_reason", "String"),
        F("type", "String"),
        F("category", "String"),
        F("last_open", "DateTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
