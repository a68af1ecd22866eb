# Declarations of the official cancel_meetings surface (bootstrapped by tools/generate.py).
"""The ``cancel_meetings`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "CancelMeetingsOperations": "cancel_meetings_operations",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "Notify": "notify",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
