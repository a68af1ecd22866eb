# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
"""The ``bulk_read`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "ModuleDetails": "module_details",
    "Criteria": "criteria",
    "Query": "query",
    "BodyWrapper": "body_wrapper",
    "Result": "result",
    "JobDetail": "job_detail",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "BulkReadOperations": "bulk_read_operations",
    "FileBodyWrapper": "file_body_wrapper",
    "SuccessResponse": "success_response",
    "CallBack": "call_back",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
