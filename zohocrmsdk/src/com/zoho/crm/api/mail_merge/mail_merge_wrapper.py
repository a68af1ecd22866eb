# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MailMergeWrapper(Model):
    _fields_ = (
        F("send_mail_merge", "List", of="mail_merge.MailMerge"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
