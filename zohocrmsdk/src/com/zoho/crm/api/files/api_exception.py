# Declarations of the official files surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.files.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.files.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('FILE_SIZE_MORE_THAN_ALLOWED_SIZE', 'INVALID_MODULE', 'failure_in_attachment_handling', 'INVALID_DATA', 'VIRUS_DETECTED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map"),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
