# Declarations of the official portal_user_type surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class PortalUserTypeOperations(Operations):
    _init_ = "portal:str"
    get_user_types = op("GET", "/crm/v6/settings/portals/{portal}/user_type", "READ", "portal_user_type.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_user_type = op("POST", "/crm/v6/settings/portals/{portal}/user_type", "CREATE", "portal_user_type.ActionHandler",
        args="request:portal_user_type.BodyWrapper?",
        mandatory=True)
    get_user_type = op("GET", "/crm/v6/settings/portals/{portal}/user_type/{user_type_id}", "READ", "portal_user_type.ResponseHandler",
        args="user_type_id:str")
    update_user_type = op("PUT", "/crm/v6/settings/portals/{portal}/user_type/{user_type_id}", "UPDATE", "portal_user_type.ActionHandler",
        args="user_type_id:str, request:portal_user_type.BodyWrapper?",
        mandatory=True)
    delete_user_type = op("DELETE", "/crm/v6/settings/portals/{portal}/user_type/{user_type_id}", "DELETE", "portal_user_type.ActionHandler",
        args="user_type_id:str")


class GetUserTypesParam(ParamHolder, class_path="com.zoho.crm.api.PortalUserType.GetUserTypesParam"):
    include = typed("include")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
