# Declarations of the official territory_users surface (bootstrapped by tools/generate.py).
"""The ``territory_users`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "TerritoryUsersOperations": "territory_users_operations",
    "DeassociateTerritoryUsersParam": "territory_users_operations",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "BodyWrapper": "body_wrapper",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
