# Declarations of the official hipaa_compliance surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class HipaaCompliance(Model):
    _fields_ = (
        F("restrict_data_access_through_api", "Boolean"),
        F("enabled_for_modules", "List", of="hipaa_compliance.Modules"),
        F("restrict_to_zoho_apps", "Boolean"),
        F("restrict_data_in_export", "Boolean"),
        F("enabled", "Boolean"),
        F("restrict_to_third_party_apps", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
