# Declarations of the official service_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ServicePreference(Model):
    _fields_ = (
        F("job_sheet_enabled", "Boolean"),
    )
