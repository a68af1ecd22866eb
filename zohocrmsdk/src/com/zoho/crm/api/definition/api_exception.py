# Declarations of the official definition surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'REQUIRED_PARAM_MISSING')),
        F("details", "Map", keys=(
            F("param_name", "Choice", values=('resource',)),
            F("param", "Choice", values=('resource',)),
        )),
        F("message", "Choice", values=('invalid param', 'One of the expected parameter is missing')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
