# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DownloadMailMerge(Model):
    _fields_ = (
        F("password", "String"),
        F("mail_merge_template", "mail_merge.MailMergeTemplate"),
        F("output_format", "Choice", values=('pdf', 'docx', 'html')),
        F("file_name", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
