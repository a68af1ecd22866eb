# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ScheduleDetails(Model):
    _fields_ = (
        F("timezone", "TimeZone"),
        F("time", "DateTime"),
        F("source", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
