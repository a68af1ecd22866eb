# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.blueprint.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.blueprint.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INVALID_DATA', 'RECORD_NOT_IN_PROCESS', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("message", "String"),
            F("expected_data_type", "String"),
            F("info_message", "String"),
            F("parent_api_name", "String"),
        )),
        F("message", "Choice", values=('invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'invalid transition', 'invalid data', 'record not in process')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
