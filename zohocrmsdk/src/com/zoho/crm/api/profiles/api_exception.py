# Declarations of the official profiles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.profiles.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.profiles.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.profiles.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'DUPLICATE_DATA', 'LICENSE_LIMIT_EXCEEDED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INTERNAL_ERROR', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "Choice", values=('name', 'Description', 'permissions_details', 'profiles')),
            F("index", "Integer"),
            F("expected_data_type", "Choice", values=('jsonobject', 'text', 'jsonarray')),
            F("maximum_length", "Choice", values=(50, 250, 1)),
            F("parent_api_name", "Choice", values=('permissions_details',)),
            F("id", "Long"),
            F("limit", "Choice", values=(25,)),
        )),
        F("message", "Choice", values=('the id given seems to be invalid or already deleted', 'invalid data', 'required field not found', 'duplicate data', 'Request exceeds your license limit.', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'The module name given seems to be invalid', 'Internal server error occurred.', 'The action given is invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
