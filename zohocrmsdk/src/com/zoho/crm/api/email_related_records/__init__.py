# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
"""The ``email_related_records`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Attachments": "attachments",
    "UserDetails": "user_details",
    "Criteria": "criteria",
    "Module": "module",
    "EmailRelatedRecordsOperations": "email_related_records_operations",
    "GetEmailsRelatedRecordsParam": "email_related_records_operations",
    "LinkedRecord": "linked_record",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "ResponseWrapper": "response_wrapper",
    "Email": "email",
    "Info": "info",
    "Status": "status",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
