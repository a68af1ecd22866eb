# Declarations of the official contact_roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.contact_roles.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.contact_roles.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.contact_roles.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INTERNAL_SERVER_ERROR', 'INVALID_DATA', 'REQUIRED_PARAM_MISSING', 'UNABLE_TO_PARSE_DATA_TYPE', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("maximum_length", "Integer"),
            F("expected_data_type", "String"),
            F("id", "String"),
            F("param", "String"),
        )),
        F("message", "Choice", values=('invalid data', 'One of the expected parameter is missing', 'either the request body or parameters is in wrong format')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
