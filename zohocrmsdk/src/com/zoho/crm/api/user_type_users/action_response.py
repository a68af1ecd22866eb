# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionResponse(Interface):
    _classes_ = ("user_type_users.SuccessResponse", "user_type_users.APIException")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
