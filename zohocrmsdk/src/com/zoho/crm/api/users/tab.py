# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Tab(Model):
    _fields_ = (
        F("font_color", "Choice", values=('#FFFFFF',)),
        F("background", "Choice", values=('#222222',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
