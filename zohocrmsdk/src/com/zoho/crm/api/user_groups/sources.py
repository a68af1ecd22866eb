# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Sources(Model):
    _fields_ = (
        F("sub_territories", "Boolean"),
        F("source", "user_groups.Source"),
        F("type", "Choice", values=('users', 'territories', 'roles')),
        F("subordinates", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
