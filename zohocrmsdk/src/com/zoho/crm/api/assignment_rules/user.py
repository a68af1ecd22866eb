# Declarations of the official assignment_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users.minified_user import MinifiedUser
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class User(MinifiedUser):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
        F("email", "String"),
        F("zuid", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
