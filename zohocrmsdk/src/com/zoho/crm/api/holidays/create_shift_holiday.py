# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.holidays.body_wrapper import BodyWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CreateShiftHoliday(Model, BodyWrapper):
    _fields_ = (
        F("holidays", "List", of="holidays.ShiftHoliday"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
