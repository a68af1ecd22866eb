# Declarations of the official mass_delete_cvid surface (bootstrapped by tools/generate.py).
"""The ``mass_delete_cvid`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "MassDeleteCvidOperations": "mass_delete_cvid_operations",
    "GetMassDeleteStatusParam": "mass_delete_cvid_operations",
    "RecordIdBodyWrapper": "record_id_body_wrapper",
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "CvidBodyWrapper": "cvid_body_wrapper",
    "Territory": "territory",
    "Status": "status",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
