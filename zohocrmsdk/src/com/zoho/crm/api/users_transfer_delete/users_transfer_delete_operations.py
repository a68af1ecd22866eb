# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UsersTransferDeleteOperations(Operations):
    _init_ = ""
    users_transfer_and_delete = op("POST", "/crm/v6/users/actions/transfer_and_delete", "CREATE", "users_transfer_delete.ActionHandler",
        args="request:users_transfer_delete.BodyWrapper?",
        mandatory=True)
    get_status = op("GET", "/crm/v6/users/actions/transfer_and_delete", "READ", "users_transfer_delete.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    user_transfer_and_delete = op("POST", "/crm/v6/users/{id}/actions/transfer_and_delete", "CREATE", "users_transfer_delete.ActionHandler",
        args="id:int, request:users_transfer_delete.BodyWrapper?",
        mandatory=True)


class GetStatusParam(ParamHolder, class_path="com.zoho.crm.api.UsersTransferDelete.GetStatusParam"):
    job_id = typed("job_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
