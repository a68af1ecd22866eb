# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.send_mail.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.send_mail.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'INVALID_MODULE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("expected_data_type", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
