# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.org.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.org.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler):
    _fields_ = (
        F("features", "List", of="org.Feature"),
        F("code", "Choice", values=('MANDATORY_NOT_FOUND', 'INVALID_DATA', 'CANNOT_UPDATE', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("api_name", "String"),
        F("json_path", "String"),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("status", "Choice", values=('error',)),
            F("features", "List", of="org.Feature"),
        )),
        F("message", "Choice", values=('Company not created',)),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
