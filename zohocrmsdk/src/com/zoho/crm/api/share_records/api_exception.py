# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.share_records.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.share_records.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.share_records.delete_action_handler import DeleteActionHandler
from zohocrmsdk.src.com.zoho.crm.api.share_records.delete_action_response import DeleteActionResponse
from zohocrmsdk.src.com.zoho.crm.api.share_records.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionResponse, ActionHandler, DeleteActionResponse, DeleteActionHandler):
    _fields_ = (
        F("code", "Choice", values=('BAD_REQUEST', 'INVALID_MODULE', 'SHARE_LIMIT_EXCEEDED', 'OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'DUPLICATE_DATA', 'LIMIT_EXCEEDED', 'MANDATORY_NOT_FOUND', 'INVALID_DATA', 'ENTITY_ID_INVALID', 'NO_PERMISSION', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("permissions", "List", of="String"),
            F("dependee", "share_records.Dependee"),
            F("ambiguity_due_to", "List", of="share_records.Dependee"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('Scheduler is running', 'cannot share to the user', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'record not deleted', 'the related id given seems to be invalid', 'The relation name given seems to be invalid.', 'invalid oauth scope to access this URL', 'Please check if the URL trying to access is a correct one.', 'Permission is invalid', 'record is already visible to the user.', 'Cannot share a record to more than 10 users.', 'No sharing through this record is available to revoke.', 'ENTITY_ID_INVALID')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
