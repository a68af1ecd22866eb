# Declarations of the official users_unavailability surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_unavailability.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.users_unavailability.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.users_unavailability.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'UNABLE_TO_PARSE_DATA_TYPE', 'PATTERN_NOT_MATCHED', 'INVALID_URL_PATTERN', 'INVALID_MODULE', 'INVALID_TOKEN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("index", "Integer"),
            F("param_name", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('required field not found', 'either the request body or parameters is in wrong format', 'Ids should be Long value with comma separated', 'Please check whether the input values are correct', 'Please check if the URL trying to access is a correct one')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
