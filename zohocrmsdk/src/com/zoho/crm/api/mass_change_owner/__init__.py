# Declarations of the official mass_change_owner surface (bootstrapped by tools/generate.py).
"""The ``mass_change_owner`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "MassChangeOwnerOperations": "mass_change_owner_operations",
    "CheckStatusParam": "mass_change_owner_operations",
    "Criteria": "criteria",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Field": "field",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Status": "status",
    "Territory": "territory",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
