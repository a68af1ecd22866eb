# Declarations of the official user_type_users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Users(Model):
    _fields_ = (
        F("personality_id", "Long"),
        F("confirm", "Boolean"),
        F("status_reason__s", "String"),
        F("invited_time", "DateTime"),
        F("module", "String"),
        F("name", "String"),
        F("active", "Boolean"),
        F("email", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
