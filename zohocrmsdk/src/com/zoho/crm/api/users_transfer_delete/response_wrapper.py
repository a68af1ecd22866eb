# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_transfer_delete.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("transfer_and_delete", "List", of="users_transfer_delete.Status"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
