# Declarations of the official mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("mass_convert.ResponseWrapper", "mass_convert.APIException")
