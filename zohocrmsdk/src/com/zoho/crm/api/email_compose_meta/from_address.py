# Declarations of the official email_compose_meta surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FromAddress(Model):
    _fields_ = (
        F("default", "Choice", values=(True,)),
        F("user_name", "String"),
        F("id", "Long"),
        F("type", "String"),
        F("email", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
