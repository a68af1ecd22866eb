# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.associations_response_handler import AssociationsResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler, ActionResponse, AssociationsResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('NOT_ALLOWED', 'MANDATORY_NOT_FOUND', 'INVALID_DATA', 'LIMIT_EXCEEDED', 'DUPLICATE_DATA', 'INVALID_MODULE', 'DEPENDENT_FIELD_MISSING', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("resource_path_index", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("id", "Long"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("supported_values", "List", of="String"),
            F("limit", "Integer"),
            F("limit_due_to", "List", of="unsubscribe_links.ApinameJsonPathDetail"),
            F("dependee", "unsubscribe_links.ApinameJsonPathDetail"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
