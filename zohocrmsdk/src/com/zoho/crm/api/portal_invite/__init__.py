# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
"""The ``portal_invite`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "JobResponse": "job_response",
    "ActionResponse": "action_response",
    "Data": "data",
    "PortalInviteOperations": "portal_invite_operations",
    "InviteUsersParam": "portal_invite_operations",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "PortalInvite": "portal_invite",
    "Portal": "portal",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
