# Declarations of the official notes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.notes.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("Modified_Time", "DateTime"),
            F("Modified_By", "users.MinifiedUser"),
            F("Created_Time", "DateTime"),
            F("id", "String"),
            F("Created_By", "users.MinifiedUser"),
        )),
        F("message", "Choice", values=('record added', 'record updated', 'record deleted')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
