# Declarations of the official digest surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.digest.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.digest.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'NO_PERMISSION', 'DEPENDENT_PARAM_MISSING', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("permissions", "List", of="String"),
            F("dependee", "digest.Dependee"),
        )),
        F("message", "Choice", values=('required field not found', 'Permission Denied.')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
