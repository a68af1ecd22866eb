# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("backup.ResponseWrapper", "backup.UrlsWrapper", "backup.HistoryWrapper", "backup.FileBodyWrapper", "backup.APIException")
