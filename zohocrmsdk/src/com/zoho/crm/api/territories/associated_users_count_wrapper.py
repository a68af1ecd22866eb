# Declarations of the official territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.territories.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedUsersCountWrapper(Model, ResponseHandler):
    _fields_ = (
        F("associated_users_count", "List", of="territories.AssociatedUsersCount"),
        F("info", "territories.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
