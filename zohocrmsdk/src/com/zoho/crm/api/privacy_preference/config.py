# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Config(Model):
    _fields_ = (
        F("tpt", "List", of="privacy_preference.Tpt"),
        F("section", "List", of="privacy_preference.Section"),
        F("zoho_integ", "List", of="privacy_preference.Tpt"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
