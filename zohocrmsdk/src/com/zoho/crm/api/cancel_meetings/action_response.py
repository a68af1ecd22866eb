# Declarations of the official cancel_meetings surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("cancel_meetings.SuccessResponse", "cancel_meetings.APIException")
