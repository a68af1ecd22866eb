# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("users_transfer_delete.APIException", "users_transfer_delete.SuccessResponse")
