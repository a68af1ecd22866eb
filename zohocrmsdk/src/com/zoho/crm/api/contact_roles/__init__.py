# Declarations of the official contact_roles surface (bootstrapped by tools/generate.py).
"""The ``contact_roles`` API package; names load lazily, so importing it costs almost nothing."""
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
    "ContactRolesOperations": "contact_roles_operations",
    "DeleteContactRolesParam": "contact_roles_operations",
    "ContactRole": "contact_role",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
