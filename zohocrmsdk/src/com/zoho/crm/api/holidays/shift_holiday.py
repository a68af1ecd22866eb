# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftHoliday(Model):
    _fields_ = (
        F("date", "Date"),
        F("name", "String"),
        F("type", "Choice", values=('shift_holiday',)),
        F("shift_hour", "holidays.ShiftHour"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
