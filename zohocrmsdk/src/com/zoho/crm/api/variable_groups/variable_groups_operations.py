# Declarations of the official variable_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class VariableGroupsOperations(Operations):
    _init_ = ""
    get_variable_groups = op("GET", "/crm/v6/settings/variable_groups", "READ", "variable_groups.ResponseHandler")
    get_variable_group_by_id = op("GET", "/crm/v6/settings/variable_groups/{id}", "READ", "variable_groups.ResponseHandler",
        args="id:str")
    get_variable_group_by_api_name = op("GET", "/crm/v6/settings/variable_groups/{api_name}", "READ", "variable_groups.ResponseHandler",
        args="api_name:str")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
