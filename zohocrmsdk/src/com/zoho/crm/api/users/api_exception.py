# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.users.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.users.count_handler import CountHandler
from zohocrmsdk.src.com.zoho.crm.api.users.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler, CountHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MAPPING_MISMATCH', 'MANDATORY_NOT_FOUND', 'EXPECTED_FIELD_MISSING', 'INTERNAL_SERVER_ERROR', 'DUPLICATE_DATA', 'PATTERN_NOT_MATCHED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("maximum_length", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("mapped_field", "users.ErrorDetails"),
            F("expected_data_type", "String"),
            F("regex", "String"),
            F("expected_fields", "List", of="users.ErrorDetails"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
