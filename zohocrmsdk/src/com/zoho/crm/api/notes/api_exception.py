# Declarations of the official notes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.notes.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.notes.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.notes.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'INVALID_MODULE', 'INTERNAL_SERVER_ERROR', 'REQUIRED_PARAM_MISSING', 'NO_PERMISSION', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INTERNAL_ERROR', 'NOT_SUPPORTED', 'REQUIRED_PARAM_MISSING', 'BAD_REQUEST', 'OAUTH_SCOPE_MISMATCH', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("expected_data_type", "String"),
            F("id", "String"),
            F("permissions", "List", of="String"),
            F("param", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
            F("param_name", "String"),
            F("maximum_length", "Integer"),
        )),
        F("message", "Choice", values=('invalid data', 'required field not found', 'the module name given seems to be invalid', 'record not deleted', 'One of the expected parameter is missing', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'The module name given seems to be invalid', 'the id given seems to be invalid', 'One of the expected parameter is missing', 'Internal server error occurred.')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
