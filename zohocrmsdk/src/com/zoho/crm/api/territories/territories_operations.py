# Declarations of the official territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class TerritoriesOperations(Operations):
    _init_ = ""
    get_territories = op("GET", "/crm/v6/settings/territories", "READ", "territories.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_territories = op("POST", "/crm/v6/settings/territories", "CREATE", "territories.ActionHandler",
        args="request:territories.BodyWrapper?",
        mandatory=True)
    update_territories = op("PUT", "/crm/v6/settings/territories", "UPDATE", "territories.ActionHandler",
        args="request:territories.BodyWrapper?",
        mandatory=True)
    delete_territories = op("DELETE", "/crm/v6/settings/territories", "DELETE", "territories.ActionHandler",
        args="param_instance:ParameterMap?=None")
    get_territory = op("GET", "/crm/v6/settings/territories/{id}", "READ", "territories.ResponseHandler",
        args="id:int")
    update_territory = op("PUT", "/crm/v6/settings/territories/{id}", "UPDATE", "territories.ActionHandler",
        args="id:int, request:territories.BodyWrapper?")
    delete_territory = op("DELETE", "/crm/v6/settings/territories/{id}", "DELETE", "territories.ActionHandler",
        args="id:int, param_instance:ParameterMap?=None")
    get_child_territory = op("GET", "/crm/v6/settings/territories/{id}/__child_territories", "READ", "territories.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    get_associated_user_count = op("GET", "/crm/v6/settings/territories/actions/associated_users_count", "READ", "territories.ResponseHandler")
    transfer_and_delete_territory = op("POST", "/crm/v6/settings/territories/{id}/actions/transfer_and_delete", "DELETE", "territories.ActionHandler",
        args="id:int, request:territories.TransferBodyWrapper?")
    transfer_and_delete_territories = op("POST", "/crm/v6/settings/territories/actions/transfer_and_delete", "DELETE", "territories.ActionHandler",
        args="request:territories.TransferBodyWrapper?")


class GetTerritoriesParam(ParamHolder, class_path="com.zoho.crm.api.Territories.GetTerritoriesParam"):
    filters = typed("filters")


class DeleteTerritoriesParam(ParamHolder, class_path="com.zoho.crm.api.Territories.DeleteTerritoriesParam"):
    ids = typed("ids")
    delete_previous_forecasts = typed("delete_previous_forecasts", "Boolean")


class DeleteTerritoryParam(ParamHolder, class_path="com.zoho.crm.api.Territories.DeleteTerritoryParam"):
    delete_previous_forecasts = typed("delete_previous_forecasts", "Boolean")


class GetChildTerritoryParam(ParamHolder, class_path="com.zoho.crm.api.Territories.GetChildTerritoryParam"):
    filters = typed("filters")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
