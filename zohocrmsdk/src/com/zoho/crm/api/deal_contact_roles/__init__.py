# Declarations of the official deal_contact_roles surface (bootstrapped by tools/generate.py).
"""The ``deal_contact_roles`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "DealContactRolesOperations": "deal_contact_roles_operations",
    "GetAssociatedContactRolesParam": "deal_contact_roles_operations",
    "Data": "data",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "ErrorDetails": "error_details",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "ContactRole": "contact_role",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
