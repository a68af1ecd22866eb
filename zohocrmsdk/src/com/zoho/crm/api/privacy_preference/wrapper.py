# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Wrapper(Model):
    _fields_ = (
        F("privacypreference", "List", key="privacyPreference", of="privacy_preference.PrivacyPreference"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
