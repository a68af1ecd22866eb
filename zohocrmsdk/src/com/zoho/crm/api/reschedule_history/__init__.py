# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
"""The ``reschedule_history`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "RescheduleHistory": "reschedule_history",
    "Approval": "approval",
    "AppointmentName": "appointment_name",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "User": "user",
    "RescheduleHistoryOperations": "reschedule_history_operations",
    "GetAppointmentsRescheduledHistoryParam": "reschedule_history_operations",
    "GetAppointmentRescheduledHistoryParam": "reschedule_history_operations",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
