# Declarations of the official record_locking_configuration surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record_locking_configuration.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('AMBIGUITY_DURING_PROCESSING', 'DEPENDENT_FIELD_MISSING', 'NOT_SUPPORTED', 'RECORD_LOCKED', 'INVALID_DATA', 'MANDATORY_NOT_FOUND', 'EXPECTED_FIELD_MISSING', 'LIMIT_EXCEEDED', 'INVALID_MODULE', 'REQUIRED_PARAM_MISSING')),
        F("details", "Map", keys=(
            F("ambiguity_due_to", "List", of="Object"),
            F("dependee", "record_locking_configuration.Dependee"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("action", "String"),
            F("id", "Long"),
            F("param_name", "String"),
            F("maximum_length", "Integer"),
            F("expected_data_type", "String"),
            F("resource_path_index", "Integer"),
            F("supported_values", "List", of="String"),
            F("expected_fields", "List", of="Object"),
            F("limit", "Integer"),
            F("available_limit", "Integer"),
            F("param", "String"),
        )),
        F("message", "Choice", values=('Invalid data', 'required field not found')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
