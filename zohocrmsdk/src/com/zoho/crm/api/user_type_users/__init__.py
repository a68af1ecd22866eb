# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
"""The ``user_type_users`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "StatusActionResponse": "status_action_response",
    "ActionWrapper": "action_wrapper",
    "StatusActionWrapper": "status_action_wrapper",
    "StatusActionHandler": "status_action_handler",
    "BodyWrapper": "body_wrapper",
    "Users": "users",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "UserTypeUsersOperations": "user_type_users_operations",
    "GetUsersOfUserTypeParam": "user_type_users_operations",
    "DeleteUserFromThePortalParam": "user_type_users_operations",
    "TransferUsersOfAUserTypeParam": "user_type_users_operations",
    "ChangeUsersStatusParam": "user_type_users_operations",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
