# Declarations of the official cancel_meetings surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("cancel_meetings.SuccessResponse", "cancel_meetings.APIException")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
