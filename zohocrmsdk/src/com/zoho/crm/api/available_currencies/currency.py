# Declarations of the official available_currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Currency(Model):
    _fields_ = (
        F("display_value", "String"),
        F("decimal_separator", "String"),
        F("symbol", "String"),
        F("thousand_separator", "String"),
        F("display_name", "String"),
        F("iso_code", "String"),
        F("decimal_places", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
