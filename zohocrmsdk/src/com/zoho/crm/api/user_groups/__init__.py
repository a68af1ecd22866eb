# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
"""The ``user_groups`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "AssociationWrapper": "association_wrapper",
    "Sources": "sources",
    "SourcesWrapper": "sources_wrapper",
    "AssociatedUserCount": "associated_user_count",
    "Source": "source",
    "AssociationModule": "association_module",
    "APIException": "api_exception",
    "SourcesCount": "sources_count",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "JobsWrapper": "jobs_wrapper",
    "SourcesCountWrapper": "sources_count_wrapper",
    "ActionHandler": "action_handler",
    "Info": "info",
    "ActionWrapper": "action_wrapper",
    "Owner": "owner",
    "UserGroup": "user_group",
    "Resource": "resource",
    "Jobs": "jobs",
    "Groups": "groups",
    "BodyWrapper": "body_wrapper",
    "Users": "users",
    "AssociationResponse": "association_response",
    "ResponseWrapper": "response_wrapper",
    "AssociatedUser": "associated_user",
    "UserGroupsOperations": "user_groups_operations",
    "GetGroupsParam": "user_groups_operations",
    "GetSourcesParam": "user_groups_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
