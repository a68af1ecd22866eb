# Declarations of the official fiscal_year surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.fiscal_year.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map"),
        F("message", "Choice", values=('The fiscal year configuration has been updated successfully',)),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
