# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.bulk_read.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('ADDED_SUCCESSFULLY',)),
        F("details", "Map", keys=(
            F("id", "String"),
            F("operation", "String"),
            F("state", "Choice", values=('COMPLETED', 'IN PROGRESS', 'ADDED', 'FAILURE')),
            F("created_by", "users.MinifiedUser"),
            F("created_time", "DateTime"),
        )),
        F("message", "Choice", values=('Added successfully.',)),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
