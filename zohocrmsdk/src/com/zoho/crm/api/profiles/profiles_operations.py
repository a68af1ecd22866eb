# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ProfilesOperations(Operations):
    _init_ = ""
    get_profiles = op("GET", "/crm/v6/settings/profiles", "READ", "profiles.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    clone_profiles = op("POST", "/crm/v6/settings/profiles/{id}/actions/clone", "CREATE", "profiles.ActionHandler",
        args="id:int, request:profiles.BodyWrapper?",
        mandatory=True)
    update_profile = op("PUT", "/crm/v6/settings/profiles/{id}", "UPDATE", "profiles.ActionHandler",
        args="id:int, request:profiles.BodyWrapper?")
    get_profile = op("GET", "/crm/v6/settings/profiles/{id}", "READ", "profiles.ResponseHandler",
        args="id:int")
    delete_profile = op("DELETE", "/crm/v6/settings/profiles/{id}", "DELETE", "profiles.ActionHandler",
        args="id:int, param_instance:ParameterMap?=None")


class GetProfilesParam(ParamHolder, class_path="com.zoho.crm.api.Profiles.GetProfilesParam"):
    include_lite_profile = typed("include_lite_profile", "Boolean")


class GetProfilesHeader(HeaderHolder):
    pass


class GetProfileHeader(HeaderHolder):
    pass


class DeleteProfileParam(ParamHolder, class_path="com.zoho.crm.api.Profiles.DeleteProfileParam"):
    transfer_to = typed("transfer_to", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
