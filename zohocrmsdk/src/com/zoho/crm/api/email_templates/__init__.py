# Declarations of the official email_templates surface (bootstrapped by tools/generate.py).
"""The ``email_templates`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Attachment": "attachment",
    "EmailTemplatesOperations": "email_templates_operations",
    "GetEmailTemplatesParam": "email_templates_operations",
    "ResponseWrapper": "response_wrapper",
    "LastVersionStatistics": "last_version_statistics",
    "EmailTemplate": "email_template",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
