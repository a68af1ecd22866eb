# Declarations of the official roles surface (bootstrapped by tools/generate.py).
"""The ``roles`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "Role": "role",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "RolesOperations": "roles_operations",
    "DeleteRoleParam": "roles_operations",
    "ReportingTo": "reporting_to",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
