# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BreakHours(Model):
    _fields_ = (
        F("custom_timing", "List", of="shift_hours.BreakCustomTiming"),
        F("daily_timing", "List", of="LocalTime"),
        F("same_as_everyday", "Boolean"),
        F("id", "Long"),
        F("break_days", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
