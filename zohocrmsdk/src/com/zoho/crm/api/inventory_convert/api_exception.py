# Declarations of the official inventory_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model):
    _fields_ = (
        F("code", "Choice", values=('NOT_REVIEWED', 'MANDATORY_NOT_FOUND', 'AMBIGUITY_DURING_PROCESSING', 'INVALID_DATA', 'NO_PERMISSION', 'ID_ALREADY_CONVERTED', 'NOT_ALLOWED', 'EXPECTED_FIELD_MISSING', 'NOT_APPROVED')),
        F("details", "Map", keys=(
            F("resource_path_index", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("ambiguity_due_to", "List", of="inventory_convert.ApinameJsonpathDetails"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("supported_values", "List", of="String"),
            F("permissions", "List", of="String"),
            F("reason", "String"),
            F("expected_fields", "List", of="inventory_convert.ApinameJsonpathDetails"),
        )),
        F("message", "Choice", values=('id already converted', 'required field not found', 'invalid data')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
