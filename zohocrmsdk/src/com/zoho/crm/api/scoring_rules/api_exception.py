# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.scoring_rules.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.scoring_rules.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.scoring_rules.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('ALREADY_SCHEDULED', 'INVALID_DATA', 'DUPLICATE_DATA', 'MANDATORY_NOT_FOUND', 'REQUIRED_PARAM_MISSING', 'INVALID_MODULE', 'INVALID_URL_PATTERN', 'EXPECTED_FIELD_MISSING', 'LIMIT_EXCEEDED', 'INVALID_TOKEN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
            F("param_name", "String"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("expected_fields", "List", of="scoring_rules.ExpectedField"),
            F("param", "String"),
            F("limit", "Integer"),
        )),
        F("message", "Choice", values=('invalid data', 'the module name given seems to be invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
