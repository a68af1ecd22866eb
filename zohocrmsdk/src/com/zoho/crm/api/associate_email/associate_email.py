# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociateEmail(Model):
    _fields_ = (
        F("cc", "List", of="associate_email.To"),
        F("linked_record", "associate_email.LinkedRecord"),
        F("bcc", "List", of="associate_email.To"),
        F("attachments", "List", of="associate_email.Attachments"),
        F("from_1", "associate_email.From", key="from", accessor="from"),
        F("date_time", "DateTime"),
        F("subject", "String"),
        F("to", "List", of="associate_email.To"),
        F("mail_format", "Choice", values=('html', 'text')),
        F("original_message_id", "String"),
        F("sent", "Boolean"),
        F("content", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
