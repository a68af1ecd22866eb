# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.user_type_users.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.user_type_users.status_action_response import StatusActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, StatusActionResponse, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("personality_id", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
