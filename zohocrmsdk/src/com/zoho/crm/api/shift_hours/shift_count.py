# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShiftCount(Model):
    _fields_ = (
        F("total_shift_with_user", "Integer"),
        F("total_shift", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
