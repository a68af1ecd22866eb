# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Wrapper(Model):
    _fields_ = (
        F("privacypreference", "List", key="privacyPreference", of="privacy_preference.PrivacyPreference"),
    )
