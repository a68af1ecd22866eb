# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Criteria(Model):
    _fields_ = (
        F("comparator", "Choice", values=('equal',)),
        F("field", "email_related_records.Field"),
        F("value", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
