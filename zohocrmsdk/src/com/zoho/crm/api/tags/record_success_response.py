# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.tags.record_action_response import RecordActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RecordSuccessResponse(Model, RecordActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("id", "Long"),
            F("tags", "List", of="tags.RecordDetailTag"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
