# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.download_handler import DownloadHandler
from zohocrmsdk.src.com.zoho.crm.api.record.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FileBodyWrapper(Model, ResponseHandler, DownloadHandler):
    _fields_ = (
        F("file", "util.StreamWrapper", structure=None),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
