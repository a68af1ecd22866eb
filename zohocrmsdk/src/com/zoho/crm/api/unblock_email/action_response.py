# Declarations of the official unblock_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("unblock_email.SuccessResponse",)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
