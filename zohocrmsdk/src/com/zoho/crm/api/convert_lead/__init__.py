# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
"""The ``convert_lead`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "CarryOverTags": "carry_over_tags",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "ConvertLeadOperations": "convert_lead_operations",
    "LeadConverter": "lead_converter",
    "MoveAttachmentsTo": "move_attachments_to",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
