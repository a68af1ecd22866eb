# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
"""The ``bulk_write`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "RequestWrapper": "request_wrapper",
    "Resource": "resource",
    "DefaultValue": "default_value",
    "BulkWriteOperations": "bulk_write_operations",
    "UploadFileHeader": "bulk_write_operations",
    "Result": "result",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "File": "file",
    "SuccessResponse": "success_response",
    "BulkWriteResponse": "bulk_write_response",
    "CallBack": "call_back",
    "FileBodyWrapper": "file_body_wrapper",
    "FieldMapping": "field_mapping",
    "ResponseWrapper": "response_wrapper",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
