# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.fields.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.fields.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.fields.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('LIMIT_EXCEEDED', 'INVALID_DATA', 'MANDATORY_NOT_FOUND', 'DEPENDENT_FIELD_MISSING', 'REQUIRED_PARAM_MISSING', 'INVALID_MODULE', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("limit", "Integer"),
            F("limit_due_to", "List", of="fields.MandatoryDetails"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("dependee", "fields.MandatoryDetails"),
            F("param_name", "String"),
            F("dummy", "Object"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
