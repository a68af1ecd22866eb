# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
"""The ``mail_merge`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Address": "address",
    "MailMergeTemplate": "mail_merge_template",
    "MailMerge": "mail_merge",
    "SignMailMergeWrapper": "sign_mail_merge_wrapper",
    "SignActionHandler": "sign_action_handler",
    "Signers": "signers",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "DownloadMailMerge": "download_mail_merge",
    "DownloadMailMergeWrapper": "download_mail_merge_wrapper",
    "FileBodyWrapper": "file_body_wrapper",
    "DownloadResponseHandler": "download_response_handler",
    "SignActionResponse": "sign_action_response",
    "SuccessResponse": "success_response",
    "SignActionWrapper": "sign_action_wrapper",
    "ActionHandler": "action_handler",
    "SignMailMerge": "sign_mail_merge",
    "MailMergeOperations": "mail_merge_operations",
    "MailMergeWrapper": "mail_merge_wrapper",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
