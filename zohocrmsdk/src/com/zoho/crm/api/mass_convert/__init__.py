# Declarations of the official mass_convert surface (bootstrapped by tools/generate.py).
"""The ``mass_convert`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "PortalUserType": "portal_user_type",
    "MassConvertOperations": "mass_convert_operations",
    "GetJobStatusParam": "mass_convert_operations",
    "AssignTo": "assign_to",
    "RelatedModule": "related_module",
    "BodyWrapper": "body_wrapper",
    "MoveAttachmentsTo": "move_attachments_to",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "ErrorDetails": "error_details",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "Status": "status",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
