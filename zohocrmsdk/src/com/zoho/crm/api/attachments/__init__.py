# Declarations of the official attachments surface (bootstrapped by tools/generate.py).
"""The ``attachments`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Owner": "owner",
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "AttachmentsOperations": "attachments_operations",
    "GetAttachmentsParam": "attachments_operations",
    "UploadUrlAttachmentsParam": "attachments_operations",
    "DeleteAttachmentsParam": "attachments_operations",
    "Attachment": "attachment",
    "SuccessResponse": "success_response",
    "FileBodyWrapper": "file_body_wrapper",
    "ParentId": "parent_id",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
