# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UserGroupsOperations(Operations):
    _init_ = ""
    get_groups = op("GET", "/crm/v6/settings/user_groups", "READ", "user_groups.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_groups = op("POST", "/crm/v6/settings/user_groups", "CREATE", "user_groups.ActionHandler",
        args="request:user_groups.BodyWrapper?",
        mandatory=True)
    update_groups = op("PUT", "/crm/v6/settings/user_groups", "UPDATE", "user_groups.ActionHandler",
        args="request:user_groups.BodyWrapper?",
        mandatory=True)
    get_group = op("GET", "/crm/v6/settings/user_groups/{group}", "READ", "user_groups.ResponseHandler",
        args="group:int")
    update_group = op("PUT", "/crm/v6/settings/user_groups/{group}", "UPDATE", "user_groups.ActionHandler",
        args="group:int, request:user_groups.BodyWrapper?",
        mandatory=True)
    delete_group = op("DELETE", "/crm/v6/settings/user_groups/{group}", "DELETE", "user_groups.ActionHandler",
        args="group:int")
    get_sources = op("GET", "/crm/v6/settings/user_groups/{group}/sources", "ACTION", "user_groups.ResponseHandler",
        args="group:int, param_instance:ParameterMap?=None")
    get_sources_count = op("GET", "/crm/v6/settings/user_groups/{group}/actions/sources_count", "ACTION", "user_groups.ResponseHandler",
        args="group:int")
    get_associations = op("GET", "/crm/v6/settings/user_groups/{group}/actions/associations", "ACTION", "user_groups.ResponseHandler",
        args="group:int")
    get_associated_users_count = op("GET", "/crm/v6/settings/user_groups/actions/associated_users_count", "ACTION", "user_groups.ResponseHandler")


class GetGroupsParam(ParamHolder, class_path="com.zoho.crm.api.UserGroups.GetGroupsParam"):
    include = typed("include")
    name = typed("name")
    page = typed("page")
    per_page = typed("per_page")


class GetSourcesParam(ParamHolder, class_path="com.zoho.crm.api.UserGroups.GetSourcesParam"):
    type = typed("type")
    user_type = typed("user_type")
    page = typed("page")
    per_page = typed("per_page")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
