# Declarations of the official mass_delete_cvid surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.mass_delete_cvid.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.mass_delete_cvid.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.mass_delete_cvid.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INTERNAL_SERVER_ERROR', 'INVALID_DATA', 'MANDATORY_NOT_FOUND', 'INVALID_MODULE', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("api_name", "Choice", values=('cvid',)),
            F("expected_data_type", "String"),
            F("json_path", "String"),
        )),
        F("message", "Choice", values=('the cvid given seems to be invalid', 'required field not found', 'the module name given seems to be invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
