# Declarations of the official business_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BusinessHours(Model):
    _fields_ = (
        F("business_days", "List", of="Choice"),
        F("custom_timing", "List", of="business_hours.BreakHoursCustomTiming"),
        F("daily_timing", "List", of="String"),
        F("week_starts_on", "Choice", values=('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')),
        F("same_as_everyday", "Boolean"),
        F("id", "Long"),
        F("type", "Choice", values=('24_by_7', '24_by_5', 'custom')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
