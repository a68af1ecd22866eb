# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.mail_merge.download_response_handler import DownloadResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FileBodyWrapper(Model, DownloadResponseHandler):
    _fields_ = (
        F("file", "util.StreamWrapper", structure=None),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
