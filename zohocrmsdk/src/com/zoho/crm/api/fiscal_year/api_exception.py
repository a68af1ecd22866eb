# Declarations of the official fiscal_year surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.fiscal_year.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.fiscal_year.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.fiscal_year.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("allowed_values", "List", of="Object"),
        )),
        F("message", "Choice", values=('Please give a valid month', 'Please give a valid value', 'required field not found')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
