# Declarations of the official hipaa_compliance surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.hipaa_compliance.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('INVALID_API_NAME', 'NOT_SUPPORTED')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
