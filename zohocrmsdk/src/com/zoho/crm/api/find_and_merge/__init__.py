# Declarations of the official find_and_merge surface (bootstrapped by tools/generate.py).
"""The ``find_and_merge`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "BodyWrapper": "body_wrapper",
    "MasterRecordFields": "master_record_fields",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "Merge": "merge",
    "ImageData": "image_data",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "FindAndMergeOperations": "find_and_merge_operations",
    "GetRecordMergeParam": "find_and_merge_operations",
    "DataFields": "data_fields",
    "MergeData": "merge_data",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
