# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Preference(Model):
    _fields_ = (
        F("consent_modules", "String"),
        F("restrict_tpt_fields", "String"),
        F("exclude_api_zoho", "String"),
        F("awaiting_period", "String"),
        F("consent_mail_send", "String"),
        F("exclude_export_fields", "String"),
        F("limit_actions", "String"),
        F("exclude_export", "String"),
        F("restrict_zoho_integ", "String"),
        F("exclude_api_zoho_fields", "String"),
        F("duration_timing", "String"),
        F("data_processing_duration", "String"),
        F("restrict_tpt_services", "String"),
        F("exclude_api_tpt_fields", "String"),
        F("restrict_zoho_integ_services", "String"),
        F("privacy_setting_status", "String"),
        F("double_opt_in", "String"),
        F("restrict_zoho_integ_fields", "String"),
        F("exclude_api_tpt", "String"),
        F("block_list", "String"),
        F("restrict_tpt", "String"),
        F("actions_while_awaiting", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
