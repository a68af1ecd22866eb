# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.user_type_users.status_action_handler import StatusActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class StatusActionWrapper(Model, StatusActionHandler):
    _fields_ = (
        F("change_status", "List", of="user_type_users.StatusActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
