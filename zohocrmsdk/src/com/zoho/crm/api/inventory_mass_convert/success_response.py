# Declarations of the official inventory_mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model):
    _fields_ = (
        F("code", "Choice", values=('SCHEDULED',)),
        F("details", "Map", keys=(
            F("job_id", "Long"),
        )),
        F("message", "Choice", values=('Mass Convert scheduled successfully',)),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
