# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
"""The ``change_owner`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ErrorDetails": "error_details",
    "SuccessResponse": "success_response",
    "MassWrapper": "mass_wrapper",
    "RelatedModules": "related_modules",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "ChangeOwnerOperations": "change_owner_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
