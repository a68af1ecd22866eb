# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_action_response import MassUpdateActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MassUpdateSuccessResponse(Model, MassUpdateActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("job_id", "String"),
            F("id", "Long"),
            F("Modified_Time", "DateTime"),
            F("Created_Time", "DateTime"),
            F("Modified_By", "users.MinifiedUser"),
            F("Created_By", "users.MinifiedUser"),
        )),
        F("message", "Choice", values=('record updated', 'mass update scheduled successfully')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
