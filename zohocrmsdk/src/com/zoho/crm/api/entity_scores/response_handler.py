# Declarations of the official entity_scores surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("entity_scores.APIException", "entity_scores.ResponseWrapper")
