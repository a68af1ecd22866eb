# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.bulk_write.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('FILE_UPLOAD_SUCCESS', 'SUCCESS')),
        F("details", "Map", keys=(
            F("file_id", "Long"),
            F("created_time", "DateTime"),
            F("id", "String"),
            F("created_by", "users.MinifiedUser"),
        )),
        F("message", "Choice", values=('file uploaded.', 'success')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
