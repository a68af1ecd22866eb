# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
"""The ``associate_email`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Attachments": "attachments",
    "Available": "available",
    "BodyWrapper": "body_wrapper",
    "ModuleMap": "module_map",
    "APIException": "api_exception",
    "AssociateEmailOperations": "associate_email_operations",
    "LinkedRecord": "linked_record",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "Record": "record",
    "AssociateEmail": "associate_email",
    "ActionHandler": "action_handler",
    "From": "from1",
    "To": "to",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
