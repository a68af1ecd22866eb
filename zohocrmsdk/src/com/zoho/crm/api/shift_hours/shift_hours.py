# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftHours(Model):
    _fields_ = (
        F("custom_timing", "List", of="shift_hours.ShiftCustomTiming"),
        F("users_count", "Integer"),
        F("holidays", "List", of="shift_hours.Holidays"),
        F("daily_timing", "List", of="LocalTime"),
        F("timezone", "TimeZone"),
        F("break_hours", "List", of="shift_hours.BreakHours"),
        F("name", "String"),
        F("shift_days", "List", of="String"),
        F("same_as_everyday", "Boolean"),
        F("id", "Long"),
        F("users", "List", of="shift_hours.Users"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
