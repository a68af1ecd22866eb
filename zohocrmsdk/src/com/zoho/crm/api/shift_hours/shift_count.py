# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftCount(Model):
    _fields_ = (
        F("total_shift_with_user", "Integer"),
        F("total_shift", "Integer"),
    )
