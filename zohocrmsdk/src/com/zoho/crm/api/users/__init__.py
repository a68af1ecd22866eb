# Declarations of the official users surface (bootstrapped by tools/generate.py).
"""The ``users`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "UsersOperations": "users_operations",
    "GetUsersParam": "users_operations",
    "GetUsersHeader": "users_operations",
    "GetUserHeader": "users_operations",
    "UsersCountParam": "users_operations",
    "CustomizeInfo": "customize_info",
    "Role": "role",
    "AssociatedGroup": "associated_group",
    "MinifiedUser": "minified_user",
    "Profile": "profile",
    "Shift": "shift",
    "AssociatedGroupsWrapper": "associated_groups_wrapper",
    "BodyWrapper": "body_wrapper",
    "Users": "users",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "CountWrapper": "count_wrapper",
    "Tab": "tab",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "CountHandler": "count_handler",
    "ActionHandler": "action_handler",
    "Theme": "theme",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
