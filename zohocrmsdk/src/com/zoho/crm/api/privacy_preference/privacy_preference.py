# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PrivacyPreference(Model):
    _fields_ = (
        F("preference", "privacy_preference.Preference"),
        F("config", "privacy_preference.Config"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
