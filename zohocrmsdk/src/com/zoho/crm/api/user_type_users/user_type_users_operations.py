# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UserTypeUsersOperations(Operations):
    _init_ = "user_type_id:int, portal_name:str"
    get_users_of_user_type = op("GET", "/crm/v6/settings/portals/{portal_name}/user_type/{user_type_id}/users", "READ", "user_type_users.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    delete_user_from_the_portal = op("DELETE", "/crm/v6/settings/portals/{portal_name}/user_type/{user_type_id}/users", "DELETE", "user_type_users.ActionHandler",
        args="param_instance:ParameterMap?=None")
    transfer_users_of_a_user_type = op("POST", "/crm/v6/settings/portals/{portal_name}/user_type/{user_type_id}/users/action/transfer", "CREATE", "user_type_users.ActionHandler",
        args="param_instance:ParameterMap?=None",
        mandatory=True)
    change_users_status = op("PUT", "/crm/v6/settings/portals/{portal_name}/user_type/{user_type_id}/users/{user_id}/actions/change_status", "UPDATE", "user_type_users.StatusActionHandler",
        args="user_id:int, param_instance:ParameterMap?=None",
        mandatory=True)


class GetUsersOfUserTypeParam(ParamHolder, class_path="com.zoho.crm.api.UserTypeUsers.GetUsersOfUserTypeParam"):
    filter = typed("filter")
    type = typed("type")


class DeleteUserFromThePortalParam(ParamHolder, class_path="com.zoho.crm.api.UserTypeUsers.DeleteUserFromThePortalParam"):
    personality_ids = typed("personality_ids")


class TransferUsersOfAUserTypeParam(ParamHolder, class_path="com.zoho.crm.api.UserTypeUsers.TransferUsersOfAUserTypeParam"):
    personality_ids = typed("personality_ids")
    transfer_to = typed("transfer_To")


class ChangeUsersStatusParam(ParamHolder, class_path="com.zoho.crm.api.UserTypeUsers.ChangeUsersStatusParam"):
    active = typed("active", "Boolean")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
