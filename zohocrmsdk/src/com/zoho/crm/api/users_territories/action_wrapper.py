# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_territories.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("transfer_and_delink", "List", of="users_territories.ActionResponse"),
        F("territories", "List", of="users_territories.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
