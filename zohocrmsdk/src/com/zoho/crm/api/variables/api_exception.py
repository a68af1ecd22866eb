# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.variables.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.variables.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.variables.response_handler import ResponseHandler


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'EXPECTED_FIELD_MISSING', 'DUPLICATE_DATA', 'REQUIRED_PARAM_MISSING', 'JSON_PARSE_ERROR', 'PATTERN_NOT_MATCHED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("expected_data_type", "String"),
            F("regex", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_fields", "List", of="variables.ErrorDetails"),
            F("resource_path_index", "Integer"),
            F("maximum_length", "Integer"),
            F("param_name", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
