# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class NotificationCondition(Model):
    _fields_ = (
        F("field_selection", "notifications.Criteria"),
        F("module", "notifications.Module"),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
