# Declarations of the official users_unavailability surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UsersUnavailabilityOperations(Operations):
    _init_ = ""
    create_users_unavailability = op("POST", "/crm/v6/settings/users_unavailability", "CREATE", "users_unavailability.ActionHandler",
        args="request:users_unavailability.BodyWrapper?",
        mandatory=True)
    update_users_unavailability = op("PUT", "/crm/v6/settings/users_unavailability", "UPDATE", "users_unavailability.ActionHandler",
        args="request:users_unavailability.BodyWrapper?",
        mandatory=True)
    get_users_unavailability = op("GET", "/crm/v6/settings/users_unavailability", "READ", "users_unavailability.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    update_user_unavailability = op("PUT", "/crm/v6/settings/users_unavailability/{id}", "UPDATE", "users_unavailability.ActionHandler",
        args="id:str, request:users_unavailability.BodyWrapper?")
    get_user_unavailability = op("GET", "/crm/v6/settings/users_unavailability/{id}", "READ", "users_unavailability.ResponseHandler",
        args="id:str, param_instance:ParameterMap?=None")
    delete_user_unavailability = op("DELETE", "/crm/v6/settings/users_unavailability/{id}", "READ", "users_unavailability.ActionHandler",
        args="id:str")


class GetUsersUnavailabilityParam(ParamHolder, class_path="com.zoho.crm.api.UsersUnavailability.GetUsersUnavailabilityParam"):
    include_inner_details = typed("include_inner_details")
    group_ids = typed("group_ids")
    role_ids = typed("role_ids")
    territory_ids = typed("territory_ids")
    filters = typed("filters")


class GetUserUnavailabilityParam(ParamHolder, class_path="com.zoho.crm.api.UsersUnavailability.GetUserUnavailabilityParam"):
    include_inner_details = typed("include_inner_details")
    filters = typed("filters")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
