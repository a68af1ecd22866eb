# Declarations of the official email_compose_meta surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FeaturesAvailable(Model):
    _fields_ = (
        F("inline_compose_window", "Choice", values=(True,)),
        F("schedule_mail", "Choice", key="Schedule_Mail", values=(True,)),
        F("islivedeskenabled", "Choice", key="isLiveDeskEnabled", values=(True,)),
        F("email_cloud_picker", "Choice", key="EMAIL_CLOUD_PICKER", values=(True,)),
        F("old_compose_revert", "Boolean", key="OLD_COMPOSE_REVERT"),
        F("attach_teamdrive", "Choice", values=(True,)),
        F("mandateunsublink", "Boolean", key="mandateUnsubLink"),
        F("unsubscribe_link", "Choice", key="UNSUBSCRIBE_LINK", values=(True,)),
        F("email_preference", "Boolean", key="EMAIL_PREFERENCE"),
        F("form_integration_enabled", "Choice", values=(True,)),
        F("attachment", "Boolean", key="ATTACHMENT"),
        F("isprivacyenabled", "Choice", key="isPrivacyEnabled", values=(True,)),
        F("best_time_to_contact", "Choice", values=(True,)),
        F("auto_suggestion", "Choice", values=(True,)),
        F("zsurvey_enabled", "Choice", values=(True,)),
        F("subject_line_suggestion", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
