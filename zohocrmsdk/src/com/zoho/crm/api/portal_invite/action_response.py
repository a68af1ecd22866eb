# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("portal_invite.SuccessResponse", "portal_invite.APIException")
