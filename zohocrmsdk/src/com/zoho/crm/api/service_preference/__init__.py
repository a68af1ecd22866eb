# Declarations of the official service_preference surface (bootstrapped by tools/generate.py).
"""The ``service_preference`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "ServicePreference": "service_preference",
    "ServicePreferenceOperations": "service_preference_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
