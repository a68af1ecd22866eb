# Declarations of the official unblock_email surface (bootstrapped by tools/generate.py).
"""The ``unblock_email`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ActionHandler": "action_handler",
    "BodyWrapper": "body_wrapper",
    "UnblockEmailOperations": "unblock_email_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
