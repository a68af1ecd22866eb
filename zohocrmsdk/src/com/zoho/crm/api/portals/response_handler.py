# Declarations of the official portals surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("portals.ResponseWrapper", "portals.APIException")
