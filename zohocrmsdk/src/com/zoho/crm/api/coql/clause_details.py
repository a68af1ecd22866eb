# Declarations of the official coql surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.coql.details_wrapper import DetailsWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ClauseDetails(Model, DetailsWrapper):
    _fields_ = (
        F("clause", "String"),
    )
