# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShowFields(Model):
    _fields_ = (
        F("field", "fields.MinifiedField"),
        F("show_data", "Boolean"),
    )
