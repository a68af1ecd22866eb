# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
"""The ``holidays`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "ShiftHoliday": "shift_holiday",
    "ResonseHandler": "resonse_handler",
    "BodyWrapper": "body_wrapper",
    "Holiday": "holiday",
    "CreateShiftHoliday": "create_shift_holiday",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Holidays": "holidays",
    "BusinessHoliday": "business_holiday",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "CreateBusinessHoliday": "create_business_holiday",
    "HolidaysOperations": "holidays_operations",
    "GetHolidaysHeader": "holidays_operations",
    "GetHolidaysParam": "holidays_operations",
    "CreateHolidaysHeader": "holidays_operations",
    "UpdateHolidaysHeader": "holidays_operations",
    "UpdateHolidayHeader": "holidays_operations",
    "GetHolidayHeader": "holidays_operations",
    "DeleteHolidayHeader": "holidays_operations",
    "ShiftHour": "shift_hour",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
