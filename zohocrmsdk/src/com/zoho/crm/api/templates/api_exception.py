# Declarations of the official templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model):
    _fields_ = (
        F("code", "Choice", values=('REQUIRED_PARAM_MISSING',)),
        F("details", "Map", keys=(
            F("param", "String"),
            F("api_name", "String"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
