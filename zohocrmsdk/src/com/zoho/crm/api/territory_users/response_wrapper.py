# Declarations of the official territory_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.territory_users.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("users", "List", of="users.Users"),
        F("info", "territory_users.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
