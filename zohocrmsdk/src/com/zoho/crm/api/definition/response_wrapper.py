# Declarations of the official definition surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model):
    _fields_ = (
        F("definition", "definition.Definition"),
    )
