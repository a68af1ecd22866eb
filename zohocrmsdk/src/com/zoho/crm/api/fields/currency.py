# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Currency(Model):
    _fields_ = (
        F("rounding_option", "Choice", values=('normal', 'round_off', 'round_up', 'round_down')),
        F("precision", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
