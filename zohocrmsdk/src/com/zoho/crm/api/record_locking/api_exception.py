# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record_locking.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.record_locking.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.record_locking.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('RECORD_LOCKED', 'REQUIRED_PARAM_MISSING', 'MANDATORY_NOT_FOUND', 'LIMIT_EXCEEDED', 'INVALID_DATA', 'INVALID_MODULE', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("action", "String"),
            F("id", "Long"),
            F("param", "String"),
            F("limit", "Integer"),
            F("available_limit", "Integer"),
            F("maximum_length", "Integer"),
            F("param_name", "String"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('required field not found', 'Invalid data')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
