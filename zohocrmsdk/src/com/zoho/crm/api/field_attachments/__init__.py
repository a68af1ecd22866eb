# Declarations of the official field_attachments surface (bootstrapped by tools/generate.py).
"""The ``field_attachments`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "FileBodyWrapper": "file_body_wrapper",
    "FieldAttachmentsOperations": "field_attachments_operations",
    "GetFieldAttachmentsParam": "field_attachments_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
