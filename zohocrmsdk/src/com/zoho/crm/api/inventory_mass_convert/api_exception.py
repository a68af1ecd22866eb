# Declarations of the official inventory_mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model):
    _fields_ = (
        F("code", "Choice", values=('EXPECTED_FIELD_MISSING', 'LIMIT_EXCEEDED', 'NO_PERMISSION', 'INVALID_DATA', 'MANDATORY_NOT_FOUND', 'REQUIRED_PARAM_MISSING', 'NOT_APPROVED', 'NOT_REVIEWED', 'AMBIGUITY_DURING_PROCESSING', 'ID_ALREADY_CONVERTED')),
        F("details", "Map", keys=(
            F("expected_fields", "List", of="inventory_mass_convert.ApinameJsonpathDetails"),
            F("limit", "Choice", values=(50,)),
            F("limit_due_to", "List", of="inventory_mass_convert.ApinameJsonpathDetails"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
            F("permissions", "List", of="String"),
            F("expected_data_type", "String"),
            F("maximum_length", "Integer"),
            F("supported_values", "List", of="String"),
            F("param_name", "String"),
            F("ambiguity_due_to", "List", of="inventory_mass_convert.ApinameJsonpathDetails"),
        )),
        F("message", "Choice", values=('Specify atleast one field', 'required field not found', 'id already converted', 'invalid data')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
