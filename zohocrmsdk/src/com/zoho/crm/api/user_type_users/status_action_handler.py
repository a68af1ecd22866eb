# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class StatusActionHandler(Interface):
    _classes_ = ("user_type_users.StatusActionWrapper", "user_type_users.APIException")
