# Declarations of the official find_and_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.find_and_merge.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.find_and_merge.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.find_and_merge.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('INVALID_MODULE', 'DUPLICATE_DATA', 'FILTER_CRITERIA_NOT_SATISFIED', 'MANDATORY_NOT_FOUND', 'DEPENDENT_FIELD_MISSING', 'INVALID_DATA', 'LIMIT_EXCEEDED', 'NOT_ALLOWED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("resource_path_index", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("dependee", "find_and_merge.MandatoryDetails"),
            F("maximum_length", "Integer"),
            F("minimum_length", "String"),
            F("expected_data_type", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
