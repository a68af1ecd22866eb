# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
"""The ``portal_user_type`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Owner": "owner",
    "BodyWrapper": "body_wrapper",
    "Filters": "filters",
    "Layouts": "layouts",
    "Modules": "modules",
    "PortalUserTypeOperations": "portal_user_type_operations",
    "GetUserTypesParam": "portal_user_type_operations",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "UserType": "user_type",
    "SuccessResponse": "success_response",
    "Permissions": "permissions",
    "PersonalityModule": "personality_module",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Fields": "fields",
    "Views": "views",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
