# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.change_owner.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.change_owner.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'UNABLE_TO_PARSE_DATA_TYPE', 'AMBIGUITY_DURING_PROCESSING', 'INTERNAL_SERVER_ERROR', 'NO_PERMISSION', 'MANDATORY_NOT_FOUND', 'EXPECTED_FIELD_MISSING', 'NOT_SUPPORTED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("param_name", "String"),
            F("resource_path_index", "Integer"),
            F("ambiguity_due_to", "List", of="change_owner.ErrorDetails"),
            F("id", "Long"),
            F("permissions", "List", of="String"),
            F("regex", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_fields", "List", of="change_owner.ErrorDetails"),
            F("expected_data_type", "String"),
        )),
        F("message", "Choice", values=('the owner id given is invalid', 'either the request body or parameters is in wrong format', 'the id given seems to be invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
