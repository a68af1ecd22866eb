# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RollupCriteria(Model):
    _fields_ = (
        F("comparator", "String"),
        F("field", "fields.MinifiedField"),
        F("value", "Object"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
