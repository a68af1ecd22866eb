# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.backup.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.backup.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.backup.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('BACKUP_ALREADY_SCHEDULED', 'ALREADY_CANCELLED', 'INVALID_DATA', 'INPROGRESS', 'RESOURCE_NOT_FOUND', 'REQUEST_BODY_NOT_READABLE', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("id", "Long"),
            F("api_name", "String"),
            F("json_path", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
