# Declarations of the official appointment_preference surface (bootstrapped by tools/generate.py).
"""The ``appointment_preference`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "DealRecordConfiguration": "deal_record_configuration",
    "ActionWrapper": "action_wrapper",
    "BodyWrapper": "body_wrapper",
    "FieldMappings": "field_mappings",
    "Layout": "layout",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Field": "field",
    "SuccessResponse": "success_response",
    "AppointmentPreferenceOperations": "appointment_preference_operations",
    "GetAppointmentPreferenceParam": "appointment_preference_operations",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "AppointmentPreference": "appointment_preference",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
