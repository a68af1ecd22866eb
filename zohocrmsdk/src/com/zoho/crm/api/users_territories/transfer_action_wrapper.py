# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_territories.transfer_action_handler import TransferActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class TransferActionWrapper(Model, TransferActionHandler):
    _fields_ = (
        F("transfer_and_delink", "List", of="users_territories.TransferActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
