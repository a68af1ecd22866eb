# Declarations of the official files surface (bootstrapped by tools/generate.py).
"""The ``files`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "FileBodyWrapper": "file_body_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "FilesOperations": "files_operations",
    "UploadFilesParam": "files_operations",
    "UploadFilesHeader": "files_operations",
    "GetFileParam": "files_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
