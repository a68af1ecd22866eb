# Declarations of the official digest surface (bootstrapped by tools/generate.py).
"""The ``digest`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Dependee": "dependee",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "DigestOperations": "digest_operations",
    "Digest": "digest",
    "ActionHandler": "action_handler",
    "BodyWrapper": "body_wrapper",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
