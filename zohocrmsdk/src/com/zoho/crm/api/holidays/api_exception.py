# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.holidays.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.holidays.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.holidays.resonse_handler import ResonseHandler
from zohocrmsdk.src.com.zoho.crm.api.holidays.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionHandler, ActionResponse, ResonseHandler):
    _fields_ = (
        F("code", "Choice", values=('DEPENDENT_FIELD_MISSING', 'DUPLICATE_DATA', 'INVALID_DATA', 'PATTERN_NOT_MATCHED', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("dependee", "Map", keys=(
                F("api_name", "String"),
                F("json_path", "String"),
            )),
            F("resource_path_index", "Integer"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("regex", "String"),
        )),
        F("message", "Choice", values=('Shift id is required for shift holidays', 'duplicate data', 'Invalid ID', 'Please check whether the input values are correct', 'required field not found', 'invalid data')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
