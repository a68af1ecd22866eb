# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class UnsubscribeLinks(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("submission_message", "String"),
        F("page_type", "Choice", values=('custom', 'standard')),
        F("location_url_type", "String"),
        F("custom_location_url", "String"),
        F("action_on_unsubscribe", "String"),
        F("created_by", "unsubscribe_links.User"),
        F("landing_url", "String"),
        F("modified_time", "DateTime"),
        F("submission_redirect_url", "String"),
        F("name", "String"),
        F("modified_by", "unsubscribe_links.User"),
        F("id", "Long"),
        F("standard_page_message", "String"),
        F("submission_action_type", "Choice", values=('display_message', 'redirect')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
