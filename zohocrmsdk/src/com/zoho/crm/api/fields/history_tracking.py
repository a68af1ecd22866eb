# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class HistoryTracking(Model):
    _fields_ = (
        F("module", "fields.HistoryTrackingModule"),
        F("duration_configured_field", "modules.MinifiedModule"),
    )
