# Declarations of the official roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.roles.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.roles.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.roles.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_MODULE', 'REQUIRED_PARAM_MISSING', 'MANDATORY_NOT_FOUND', 'PATTERN_NOT_MATCHED', 'INVALID_DATA', 'DUPLICATE_DATA', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("param_name", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
            F("role_status", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
