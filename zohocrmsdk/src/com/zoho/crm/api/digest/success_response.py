# Declarations of the official digest surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.digest.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("digest_code", "String"),
        )),
        F("message", "Choice", values=('Digest has been successfully generated',)),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
