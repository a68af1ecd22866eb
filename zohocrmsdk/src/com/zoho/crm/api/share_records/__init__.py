# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
"""The ``share_records`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Dependee": "dependee",
    "ShareRecord": "share_record",
    "DeleteActionHandler": "delete_action_handler",
    "SharedThrough": "shared_through",
    "Module": "module",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ShareRecordsOperations": "share_records_operations",
    "GetSharedRecordDetailsParam": "share_records_operations",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "DeleteActionWrapper": "delete_action_wrapper",
    "ActionHandler": "action_handler",
    "DeleteActionResponse": "delete_action_response",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
