# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MailMerge(Model):
    _fields_ = (
        F("bcc_email", "List", of="mail_merge.Address"),
        F("mail_merge_template", "mail_merge.MailMergeTemplate"),
        F("cc_email", "List", of="mail_merge.Address"),
        F("subject", "String"),
        F("attachment_name", "String"),
        F("to_address", "List", of="mail_merge.Address"),
        F("message", "String"),
        F("type", "String"),
        F("from_address", "mail_merge.Address"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
