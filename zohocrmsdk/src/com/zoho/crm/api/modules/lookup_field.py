# Declarations of the official modules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.fields.minified_field import MinifiedField
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class LookupField(MinifiedField):
    _fields_ = (
        F("sequence_number", "Integer"),
        F("api_name", "String"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
