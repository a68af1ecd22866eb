# Declarations of the official users_unavailability surface (bootstrapped by tools/generate.py).
"""The ``users_unavailability`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "UsersUnavailabilityOperations": "users_unavailability_operations",
    "GetUsersUnavailabilityParam": "users_unavailability_operations",
    "GetUserUnavailabilityParam": "users_unavailability_operations",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "UsersUnavailability": "users_unavailability",
    "BodyWrapper": "body_wrapper",
    "User": "user",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
