# Declarations of the official related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("related_records.ResponseWrapper", "related_records.FileBodyWrapper", "related_records.APIException")
