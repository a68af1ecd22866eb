# Declarations of the official custom_views surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.custom_views.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.custom_views.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.custom_views.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('DUPLICATE_DATA', 'INVALID_DATA', 'INTERNAL_SERVER_ERROR', 'MANDATORY_NOT_FOUND', 'EXPECTED_FIELD_MISSING', 'INVALID_MODULE', 'REQUIRED_PARAM_MISSING', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("regex", "String"),
            F("expected_fields", "List", of="custom_views.ErrorDetails"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("id", "Long"),
            F("param_name", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
