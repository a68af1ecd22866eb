# Declarations of the official territory_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class TerritoryUsersOperations(Operations):
    _init_ = ""
    get_territory_users = op("GET", "/crm/v6/settings/territories/{territory}/users", "READ", "territory_users.ResponseHandler",
        args="territory:int")
    update_territory_users = op("PUT", "/crm/v6/settings/territories/{territory}/users", "UPDATE", "territory_users.ActionHandler",
        args="territory:int, request:territory_users.BodyWrapper?",
        mandatory=True)
    deassociate_territory_users = op("DELETE", "/crm/v6/settings/territories/{territory}/users", "DELETE", "territory_users.ActionHandler",
        args="territory:int, param_instance:ParameterMap?=None")
    get_territory_user = op("GET", "/crm/v6/settings/territories/{territory}/users/{user}", "READ", "territory_users.ResponseHandler",
        args="user:int, territory:int")
    update_territory_user = op("PUT", "/crm/v6/settings/territories/{territory}/users/{user}", "ACTION", "territory_users.ActionHandler",
        args="user:int, territory:int")
    deassociate_territory_user = op("DELETE", "/crm/v6/settings/territories/{territory}/users/{user}", "DELETE", "territory_users.ActionHandler",
        args="user:int, territory:int")


class DeassociateTerritoryUsersParam(ParamHolder, class_path="com.zoho.crm.api.TerritoryUsers.DeassociateTerritoryUsersParam"):
    ids = typed("ids")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
