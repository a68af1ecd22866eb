# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class EmailParser(Model):
    _fields_ = (
        F("fields_update_supported", "Boolean"),
        F("record_operations_supported", "Boolean"),
    )
