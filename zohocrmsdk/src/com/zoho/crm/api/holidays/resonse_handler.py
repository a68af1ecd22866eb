# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResonseHandler(Interface):
    _classes_ = ("holidays.APIException", "holidays.ResponseWrapper")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
