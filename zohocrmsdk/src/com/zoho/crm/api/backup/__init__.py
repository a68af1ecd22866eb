# Declarations of the official backup surface (bootstrapped by tools/generate.py).
"""The ``backup`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Requester": "requester",
    "Backup": "backup",
    "BodyWrapper": "body_wrapper",
    "History": "history",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "UrlsWrapper": "urls_wrapper",
    "ActionResponse": "action_response",
    "Urls": "urls",
    "SuccessResponse": "success_response",
    "FileBodyWrapper": "file_body_wrapper",
    "BackupOperations": "backup_operations",
    "HISTORYParam": "backup_operations",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "HistoryWrapper": "history_wrapper",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
