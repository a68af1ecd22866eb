# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.tags.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("created_time", "DateTime"),
            F("modified_time", "DateTime"),
            F("modified_by", "users.MinifiedUser"),
            F("id", "Long"),
            F("created_by", "users.MinifiedUser"),
            F("color_code", "String"),
        )),
        F("message", "Choice", values=('tags created successfully', 'tags updated successfully', 'tags deleted successfully')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
