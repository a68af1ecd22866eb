# Declarations of the official coql surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.coql.details_wrapper import DetailsWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ClauseDetails(Model, DetailsWrapper):
    _fields_ = (
        F("clause", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
