# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
"""The ``shift_hours`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ShiftCount": "shift_count",
    "ShiftCustomTiming": "shift_custom_timing",
    "ActionWrapper": "action_wrapper",
    "Role": "role",
    "BodyWrapper": "body_wrapper",
    "ShiftHours": "shift_hours",
    "Users": "users",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "Holidays": "holidays",
    "SuccessResponse": "success_response",
    "BreakHours": "break_hours",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "MandatoryDetails": "mandatory_details",
    "ShiftHoursOperations": "shift_hours_operations",
    "GetShiftHoursHeader": "shift_hours_operations",
    "CreateShiftsHoursHeader": "shift_hours_operations",
    "UpdateShiftHoursHeader": "shift_hours_operations",
    "GetShiftHourHeader": "shift_hours_operations",
    "UpdateShiftHourHeader": "shift_hours_operations",
    "DeleteShiftHourHeader": "shift_hours_operations",
    "BreakCustomTiming": "break_custom_timing",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
