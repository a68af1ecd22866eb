# Declarations of the official related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.related_records.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.related_records.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.related_records.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionResponse, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('NO_PERMISSION', 'CANNOT_BE_UPDATED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INVALID_DATA', 'INTERNAL_ERROR', 'BAD_REQUEST', 'OAUTH_SCOPE_MISMATCH', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("permissions", "List", of="String"),
            F("id", "Long"),
            F("param_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('invalid data', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'record not deleted', 'the related id given seems to be invalid', 'Internal server error occurred.', 'The relation name given seems to be invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
