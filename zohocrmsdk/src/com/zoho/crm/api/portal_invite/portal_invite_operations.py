# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class PortalInviteOperations(Operations):
    _init_ = "module:str"
    invite_users = op("POST", "/crm/v6/{module}/{record}/actions/portal_invite", "ACTION", "portal_invite.ActionHandler",
        args="record:int, param_instance:ParameterMap?=None")


class InviteUsersParam(ParamHolder, class_path="com.zoho.crm.api.PortalInvite.InviteUsersParam"):
    user_type_id = typed("user_type_id", "Long")
    type = typed("type", "Choice")
    language = typed("language", "Choice")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
