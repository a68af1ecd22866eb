# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
"""The ``send_mail`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Cc": "cc",
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "Template": "template",
    "DataSubjectRequest": "data_subject_request",
    "Data": "data",
    "SendMailOperations": "send_mail_operations",
    "BodyWrapper": "body_wrapper",
    "InReplyTo": "in_reply_to",
    "BlockedEmailAddress": "blocked_email_address",
    "LinkedRecord": "linked_record",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "Attachment": "attachment",
    "SuccessResponse": "success_response",
    "InventoryDetails": "inventory_details",
    "LinkedModule": "linked_module",
    "From": "from1",
    "ActionHandler": "action_handler",
    "To": "to",
    "InventoryTemplate": "inventory_template",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
