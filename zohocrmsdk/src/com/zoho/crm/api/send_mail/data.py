# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Data(Model):
    _fields_ = (
        F("cc", "List", of="send_mail.Cc"),
        F("template", "send_mail.Template", interface=True),
        F("data_subject_request", "send_mail.DataSubjectRequest"),
        F("bcc", "List", of="send_mail.Cc"),
        F("attachments", "List", of="send_mail.Attachment"),
        F("subject", "String"),
        F("mail_format", "Choice", values=('html', 'text')),
        F("scheduled_time", "DateTime"),
        F("content", "String"),
        F("in_reply_to", "send_mail.InReplyTo"),
        F("consent_email", "Boolean"),
        F("linked_record", "send_mail.LinkedRecord"),
        F("org_email", "Boolean"),
        F("from_1", "send_mail.From", key="from", accessor="from"),
        F("reply_to", "send_mail.To"),
        F("inventory_details", "send_mail.InventoryDetails"),
        F("to", "List", of="send_mail.To"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
