# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.email_drafts.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'INVALID_MODULE', 'MANDATORY_NOT_FOUND', 'NO_PERMISSION')),
        F("details", "Map", keys=(
            F("expected_data_type", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
