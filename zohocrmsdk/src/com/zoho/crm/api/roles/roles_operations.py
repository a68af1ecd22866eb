# Declarations of the official roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RolesOperations(Operations):
    _init_ = ""
    get_roles = op("GET", "/crm/v6/settings/roles", "READ", "roles.ResponseHandler")
    create_roles = op("POST", "/crm/v6/settings/roles", "CREATE", "roles.ActionHandler",
        args="request:roles.BodyWrapper?",
        mandatory=True)
    update_roles = op("PUT", "/crm/v6/settings/roles", "UPDATE", "roles.ActionHandler",
        args="request:roles.BodyWrapper?",
        mandatory=True)
    get_role = op("GET", "/crm/v6/settings/roles/{role_id}", "READ", "roles.ResponseHandler",
        args="role_id:int")
    update_role = op("PUT", "/crm/v6/settings/roles/{role_id}", "UPDATE", "roles.ActionHandler",
        args="role_id:int, request:roles.BodyWrapper?",
        mandatory=True)
    delete_role = op("DELETE", "/crm/v6/settings/roles/{role_id}", "DELETE", "roles.ActionHandler",
        args="role_id:int, param_instance:ParameterMap?=None")


class DeleteRoleParam(ParamHolder, class_path="com.zoho.crm.api.Roles.DeleteRoleParam"):
    transfer_to_id = typed("transfer_to_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
