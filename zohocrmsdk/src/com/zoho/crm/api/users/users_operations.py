# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UsersOperations(Operations):
    _init_ = ""
    get_users = op("GET", "/crm/v6/users", "READ", "users.ResponseHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None")
    create_users = op("POST", "/crm/v6/users", "CREATE", "users.ActionHandler",
        args="request:users.BodyWrapper?",
        mandatory=True)
    update_users = op("PUT", "/crm/v6/users", "UPDATE", "users.ActionHandler",
        args="request:users.BodyWrapper?",
        mandatory=True)
    get_user = op("GET", "/crm/v6/users/{user}", "READ", "users.ResponseHandler",
        args="user:int, header_instance:HeaderMap?=None")
    update_user = op("PUT", "/crm/v6/users/{user}", "UPDATE", "users.ActionHandler",
        args="user:int, request:users.BodyWrapper?",
        mandatory=True)
    delete_user = op("DELETE", "/crm/v6/users/{user}", "DELETE", "users.ActionHandler",
        args="user:int")
    get_associated_groups = op("GET", "/crm/v6/users/{user}/actions/associated_groups", "READ", "users.ResponseHandler",
        args="user:int")
    users_count = op("GET", "/crm/v6/users/actions/count", "READ", "users.CountHandler",
        args="param_instance:ParameterMap?=None")


class GetUsersParam(ParamHolder, class_path="com.zoho.crm.api.Users.GetUsersParam"):
    type = typed("type", "Choice")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    ids = typed("ids")


class GetUsersHeader(HeaderHolder, class_path="com.zoho.crm.api.Users.GetUsersHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


class GetUserHeader(HeaderHolder, class_path="com.zoho.crm.api.Users.GetUserHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


class UsersCountParam(ParamHolder, class_path="com.zoho.crm.api.Users.UsersCountParam"):
    type = typed("type", "Choice")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
