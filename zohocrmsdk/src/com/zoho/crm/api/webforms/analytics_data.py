# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AnalyticsData(Model):
    _fields_ = (
        F("iframe_url_tracking_code", "String"),
        F("url_analytics_enabled", "Boolean"),
        F("analytics_enabled", "Boolean"),
        F("analytics_enabled_time", "DateTime"),
        F("tracking_code", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
