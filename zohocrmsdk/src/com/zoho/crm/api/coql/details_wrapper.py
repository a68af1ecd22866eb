# Declarations of the official coql surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class DetailsWrapper(Interface):
    _classes_ = ("coql.ClauseDetails", "coql.ParseErrorDetails")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
