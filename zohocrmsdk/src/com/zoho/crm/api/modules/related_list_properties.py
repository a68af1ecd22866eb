# Declarations of the official modules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RelatedListProperties(Model):
    _fields_ = (
        F("sort_by", "fields.MinifiedField"),
        F("fields", "List", of="String"),
        F("sort_order", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
