# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.reschedule_history.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("Modified_Time", "String"),
            F("Modified_By", "users.MinifiedUser"),
            F("Created_Time", "String"),
            F("id", "Long"),
            F("Created_By", "users.MinifiedUser"),
            F("$approval_state", "String"),
        )),
        F("message", "Choice", values=('record added', 'record deleted')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
