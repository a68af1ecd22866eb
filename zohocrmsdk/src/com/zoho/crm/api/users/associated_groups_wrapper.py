# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedGroupsWrapper(Model, ResponseHandler):
    _fields_ = (
        F("user_groups", "List", of="users.AssociatedGroup"),
        F("info", "users.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
