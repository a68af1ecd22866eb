# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.convert_lead.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.convert_lead.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'ID_ALREADY_CONVERTED', 'MAPPING_MISMATCH', 'MANDATORY_NOT_FOUND', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("resource_path_index", "Integer"),
            F("maximum_length", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("mapped_field", "String"),
            F("expected_data_type", "String"),
        )),
        F("message", "Choice", values=('invalid data', 'id already converted', 'Pipeline doesn`t contain the Stage', 'required field not found')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
