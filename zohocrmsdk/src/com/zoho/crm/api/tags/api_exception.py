# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.tags.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.tags.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.tags.record_action_handler import RecordActionHandler
from zohocrmsdk.src.com.zoho.crm.api.tags.record_action_response import RecordActionResponse
from zohocrmsdk.src.com.zoho.crm.api.tags.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, RecordActionResponse, ActionResponse, ResponseHandler, ActionHandler, RecordActionHandler):
    _fields_ = (
        F("code", "Choice", values=('NOT_ALLOWED', 'INVALID_DATA', 'REQUIRED_PARAM_MISSING', 'INVALID_MODULE', 'DUPLICATE_DATA', 'EXPECTED_FIELD_MISSING', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("associated_places", "List", of="tags.AssociatedPlaces"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("maximum_length", "Integer"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
            F("param", "String"),
            F("id", "String"),
            F("expected_fields", "List", of="tags.ErrorDetails"),
        )),
        F("message", "Choice", values=('invalid data',)),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
