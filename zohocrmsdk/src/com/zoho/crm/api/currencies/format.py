# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Format(Model):
    _fields_ = (
        F("decimal_separator", "Choice", values=('Period', 'Comma')),
        F("thousand_separator", "Choice", values=('Period', 'Comma', 'Space')),
        F("decimal_places", "Choice", values=('0', '2', '3')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
