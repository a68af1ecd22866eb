# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class VariablesOperations(Operations):
    _init_ = ""
    get_variables = op("GET", "/crm/v6/settings/variables", "READ", "variables.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_variables = op("POST", "/crm/v6/settings/variables", "CREATE", "variables.ActionHandler",
        args="request:variables.BodyWrapper?",
        mandatory=True)
    update_variables = op("PUT", "/crm/v6/settings/variables", "UPDATE", "variables.ActionHandler",
        args="request:variables.BodyWrapper?",
        mandatory=True)
    delete_variables = op("DELETE", "/crm/v6/settings/variables", "DELETE", "variables.ActionHandler",
        args="param_instance:ParameterMap?=None")
    get_variable_by_id = op("GET", "/crm/v6/settings/variables/{id}", "READ", "variables.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    update_variable_by_id = op("PUT", "/crm/v6/settings/variables/{id}", "UPDATE", "variables.ActionHandler",
        args="id:int, request:variables.BodyWrapper?, param_instance:ParameterMap?=None")
    delete_variable = op("DELETE", "/crm/v6/settings/variables/{id}", "DELETE", "variables.ActionHandler",
        args="id:int")
    update_variable_by_apiname = op("PUT", "/crm/v6/settings/variables/{api_name}", "ACTION", "variables.ActionHandler",
        args="api_name:str, request:variables.BodyWrapper?, param_instance:ParameterMap?=None")
    get_variable_by_apiname = op("GET", "/crm/v6/settings/variables/{api_name}", "READ", "variables.ResponseHandler",
        args="api_name:str, param_instance:ParameterMap?=None")


class GetVariablesParam(ParamHolder, class_path="com.zoho.crm.api.Variables.GetVariablesParam"):
    group = typed("group")


class DeleteVariablesParam(ParamHolder, class_path="com.zoho.crm.api.Variables.DeleteVariablesParam"):
    ids = typed("ids")


class GetVariableByIDParam(ParamHolder, class_path="com.zoho.crm.api.Variables.GetVariableByIDParam"):
    group = typed("group")


class UpdateVariableByIDParam(ParamHolder, class_path="com.zoho.crm.api.Variables.UpdateVariableByIDParam"):
    group = typed("group")


class UpdateVariableByAPINameParam(ParamHolder, class_path="com.zoho.crm.api.Variables.UpdateVariableByAPINameParam"):
    group = typed("group")


class GetVariableByAPINameParam(ParamHolder, class_path="com.zoho.crm.api.Variables.GetVariableByAPINameParam"):
    group = typed("group")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
