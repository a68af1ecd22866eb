# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftCustomTiming(Model):
    _fields_ = (
        F("days", "String"),
        F("shift_timing", "List", of="LocalTime"),
    )
