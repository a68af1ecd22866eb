# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replace_action_response import ReplaceActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ReplaceSuccessResponse(Model, ReplaceActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SCHEDULED',)),
        F("details", "Map", keys=(
            F("job_id", "Long"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
