# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
"""The ``email_drafts`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Template": "template",
    "ActionWrapper": "action_wrapper",
    "ScheduleDetails": "schedule_details",
    "Attachments": "attachments",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "EmailDrafts": "email_drafts",
    "InventoryDetails": "inventory_details",
    "ResponseWrapper": "response_wrapper",
    "To": "to",
    "InventoryTemplate": "inventory_template",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
