# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.field_map_dependency.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.field_map_dependency.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.field_map_dependency.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('MANDATORY_NOT_FOUND', 'INVALID_MODULE', 'REQUIRED_PARAM_MISSING', 'NOT_SUPPORTED', 'INVALID_DATA', 'INVALID_URL_PATTERN', 'INVALID_TOKEN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("param", "String"),
            F("resource_path_index", "Integer"),
            F("expected_data_type", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
