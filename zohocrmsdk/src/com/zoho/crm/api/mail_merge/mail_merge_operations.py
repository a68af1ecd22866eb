# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class MailMergeOperations(Operations):
    _init_ = "module:str, id:str"
    send_mail_merge = op("POST", "/crm/v6/{module}/{id}/actions/send_mail_merge", "CREATE", "mail_merge.ActionHandler",
        args="request:mail_merge.MailMergeWrapper?",
        mandatory=True)
    download_mail_merge = op("POST", "/crm/v6/{module}/{id}/actions/download_mail_merge", "CREATE", "mail_merge.DownloadResponseHandler",
        args="request:mail_merge.DownloadMailMergeWrapper?",
        mandatory=True)
    sign_mail_merge = op("POST", "/crm/v6/{module}/{id}/actions/sign_mail_merge", "CREATE", "mail_merge.SignActionHandler",
        args="request:mail_merge.SignMailMergeWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
