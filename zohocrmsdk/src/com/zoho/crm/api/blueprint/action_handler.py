# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionHandler(Interface):
    _classes_ = ("blueprint.SuccessResponse", "blueprint.APIException")
