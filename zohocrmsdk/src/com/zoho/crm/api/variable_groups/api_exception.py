# Declarations of the official variable_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.variable_groups.response_handler import ResponseHandler


class APIException(Model, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'BAD_REQUEST', 'NO_PERMISSION', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map"),
        F("message", "Choice", values=('invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
