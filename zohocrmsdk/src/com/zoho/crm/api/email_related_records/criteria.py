# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Criteria(Model):
    _fields_ = (
        F("comparator", "Choice", values=('equal',)),
        F("field", "email_related_records.Field"),
        F("value", "String"),
    )
