# Declarations of the official taxes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.taxes.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.taxes.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.taxes.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('MANDATORY_NOT_FOUND', 'INVALID_DATA', 'EXPECTED_FIELD_MISSING', 'OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INTERNAL_ERROR', 'REQUIRED_PARAM_MISSING', 'BAD_REQUEST', 'NO_PERMISSION', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("id", "String"),
            F("name", "String"),
            F("value", "String"),
            F("maximum_length", "Integer"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
            F("deprecated_version", "String"),
            F("expected_fields", "List", of="taxes.ExpectedField"),
            F("param", "String"),
        )),
        F("message", "Choice", values=('Given ID does not exist', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'required field not found', 'Sequence number out of range', 'Sequence number cannot be repeated in same request', 'tax not deleted', 'One of the expected parameter is missing')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
