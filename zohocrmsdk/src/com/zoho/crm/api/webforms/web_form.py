# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class WebForm(Model):
    _fields_ = (
        F("google_site", "String"),
        F("encrypted_form_id", "String"),
        F("acknowledge_visitor", "webforms.AcknowledgeVisitors"),
        F("button_attributes", "List", of="webforms.ButtonAttributes"),
        F("type", "String"),
        F("action_on_submit", "String"),
        F("iframe_code", "String"),
        F("form_fields", "List", of="webforms.Fields"),
        F("user_type", "webforms.User"),
        F("encrypted_zgid", "String"),
        F("abtesting", "List", of="webforms.Abtesting"),
        F("action_value", "String"),
        F("id", "Long"),
        F("owner", "webforms.Owner"),
        F("embed_code", "String"),
        F("created_time", "DateTime"),
        F("analytics_data", "webforms.AnalyticsData"),
        F("module", "webforms.Module"),
        F("suggestion", "webforms.Suggestion"),
        F("encrypted_module", "String"),
        F("active", "Boolean"),
        F("adword_enabled", "Boolean"),
        F("notify_owner", "webforms.Owner"),
        F("created_by", "webforms.User"),
        F("form_attributes", "webforms.FormAttributes"),
        F("location_url", "List", of="String"),
        F("landing_url", "String"),
        F("double_optin_enabled", "Boolean"),
        F("tags", "List", of="webforms.Tags"),
        F("last_submitted_time", "DateTime"),
        F("layout", "webforms.Layout"),
        F("code_formats", "List", of="String"),
        F("approval_request", "Boolean"),
        F("create_contact", "Boolean"),
        F("assignment_rule", "webforms.AssignmentRule"),
        F("name", "String"),
        F("fields", "List", of="webforms.Fields"),
        F("source_code", "String"),
        F("spam_control", "webforms.SpamControll"),
        F("visitor_tracking", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
