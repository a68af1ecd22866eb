# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftCustomTiming(Model):
    _fields_ = (
        F("days", "String"),
        F("shift_timing", "List", of="LocalTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
