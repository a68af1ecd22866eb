# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.wizards.response_handler import ResponseHandler


class APIException(Model, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'INTERNAL_ERROR', 'OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'MANDATORY_NOT_FOUND', 'PATTERN_NOT_MATCHED', 'INVALID_MODULE', 'REQUIRED_PARAM_MISSING', 'DEPENDENT_FIELD_MISSING', 'BAD_REQUEST', 'NO_PERMISSION', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("permissions", "List", of="String"),
            F("param_name", "String"),
            F("api_name", "String"),
            F("expected_data_type", "String"),
            F("json_path", "String"),
            F("dependee", "Map", keys=(
                F("api_name", "String"),
                F("json_path", "String"),
            )),
        )),
        F("message", "Choice", values=('Invalid Wizard ID', 'the module name given seems to be invalid', 'feature not available in this edition', 'permission denied', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'Internal server error occurred.')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
