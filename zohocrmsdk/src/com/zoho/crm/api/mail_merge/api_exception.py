# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.download_response_handler import DownloadResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.sign_action_handler import SignActionHandler
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.sign_action_response import SignActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse, DownloadResponseHandler, SignActionHandler, SignActionResponse):
    _fields_ = (
        F("code", "Choice", values=('MANDATORY_NOT_FOUND', 'INVALID_DATA', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
            F("supported_values", "List", of="String"),
            F("regex", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
