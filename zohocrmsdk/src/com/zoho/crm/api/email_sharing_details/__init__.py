# Declarations of the official email_sharing_details surface (bootstrapped by tools/generate.py).
"""The ``email_sharing_details`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "EmailSharingDetailsOperations": "email_sharing_details_operations",
    "ShareFromUser": "share_from_user",
    "ResponseWrapper": "response_wrapper",
    "EmailSharings": "email_sharings",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
