# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("scoring_rules.APIException", "scoring_rules.ResponseWrapper")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
