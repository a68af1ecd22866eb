# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LicenseDetails(Model):
    _fields_ = (
        F("paid_expiry", "DateTime"),
        F("users_license_purchased", "Integer"),
        F("trial_type", "String"),
        F("trial_expiry", "String"),
        F("paid", "Boolean"),
        F("paid_type", "String"),
        F("trial_action", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
