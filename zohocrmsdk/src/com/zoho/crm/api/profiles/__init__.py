# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
"""The ``profiles`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Profile": "profile",
    "Section": "section",
    "BodyWrapper": "body_wrapper",
    "CategoryOthers": "category_others",
    "PermissionDetail": "permission_detail",
    "MinifiedProfile": "minified_profile",
    "APIException": "api_exception",
    "ProfilesOperations": "profiles_operations",
    "GetProfilesParam": "profiles_operations",
    "GetProfilesHeader": "profiles_operations",
    "GetProfileHeader": "profiles_operations",
    "DeleteProfileParam": "profiles_operations",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "CategoryModule": "category_module",
    "ActionHandler": "action_handler",
    "Category": "category",
    "DefaultView": "default_view",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
