# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ScheduleDetails(Model):
    _fields_ = (
        F("timezone", "TimeZone"),
        F("time", "DateTime"),
        F("source", "String"),
    )
