# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_territories.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.users_territories.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.users_territories.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.users_territories.transfer_action_handler import TransferActionHandler
from zohocrmsdk.src.com.zoho.crm.api.users_territories.validation_handler import ValidationHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler, ValidationHandler, TransferActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INTERNAL_SERVER_ERROR', 'INVALID_DATA', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("owner_status", "String"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
