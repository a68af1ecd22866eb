# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Org(Model):
    _fields_ = (
        F("country", "String"),
        F("hierarchy_preferences", "org.HierarchyPreferences"),
        F("max_per_page", "Integer"),
        F("photo_id", "String"),
        F("city", "String"),
        F("description", "String"),
        F("type", "Choice", values=('Production', 'Sandbox', 'Bigin', 'Developer')),
        F("mc_status", "Boolean"),
        F("gapps_enabled", "Boolean"),
        F("lite_users_enabled", "Boolean"),
        F("domain_name", "String"),
        F("translation_enabled", "Boolean"),
        F("street", "String"),
        F("alias", "String"),
        F("currency", "String"),
        F("deletable_org_account", "Boolean"),
        F("id", "String"),
        F("state", "String"),
        F("call_icon", "String"),
        F("fax", "String"),
        F("zip", "String"),
        F("employee_count", "String"),
        F("created_time", "DateTime"),
        F("website", "String"),
        F("zia_zgid", "Integer"),
        F("currency_symbol", "String"),
        F("ezgid", "String"),
        F("oauth_presence", "Boolean"),
        F("mobile", "String"),
        F("currency_locale", "String"),
        F("primary_zuid", "String"),
        F("zia_portal_id", "String"),
        F("time_zone", "String"),
        F("checkin_preferences", "org.CheckinPreferences"),
        F("zgid", "String"),
        F("country_code", "String"),
        F("license_details", "org.LicenseDetails"),
        F("phone", "String"),
        F("company_name", "String"),
        F("privacy_settings", "Boolean"),
        F("primary_email", "String"),
        F("iso_code", "String"),
        F("hipaa_compliance_enabled", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
