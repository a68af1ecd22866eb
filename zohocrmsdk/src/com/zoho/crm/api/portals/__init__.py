# Declarations of the official portals surface (bootstrapped by tools/generate.py).
"""The ``portals`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "PortalsOperations": "portals_operations",
    "SuccessResponse": "success_response",
    "Portals": "portals",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
