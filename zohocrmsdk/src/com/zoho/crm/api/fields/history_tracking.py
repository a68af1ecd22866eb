# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class HistoryTracking(Model):
    _fields_ = (
        F("module", "fields.HistoryTrackingModule"),
        F("duration_configured_field", "modules.MinifiedModule"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
