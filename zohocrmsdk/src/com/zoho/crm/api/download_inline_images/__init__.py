# Declarations of the official download_inline_images surface (bootstrapped by tools/generate.py).
"""The ``download_inline_images`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "FileBodyWrapper": "file_body_wrapper",
    "DownloadInlineImagesOperations": "download_inline_images_operations",
    "GetDownloadInlineImagesParam": "download_inline_images_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
