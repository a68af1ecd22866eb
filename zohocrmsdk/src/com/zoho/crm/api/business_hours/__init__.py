# Declarations of the official business_hours surface (bootstrapped by tools/generate.py).
"""The ``business_hours`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "BusinessHours": "business_hours",
    "ActionWrapper": "action_wrapper",
    "BreakHoursCustomTiming": "break_hours_custom_timing",
    "Resources": "resources",
    "BodyWrapper": "body_wrapper",
    "BusinessHoursOperations": "business_hours_operations",
    "CreateBusinessHoursHeader": "business_hours_operations",
    "UpdateBusinessHoursHeader": "business_hours_operations",
    "GetBusinessHoursHeader": "business_hours_operations",
    "Features": "features",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
