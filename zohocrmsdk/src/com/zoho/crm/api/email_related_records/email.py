# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Email(Model):
    _fields_ = (
        F("attachments", "List", of="email_related_records.Attachments"),
        F("subject", "String"),
        F("has_attachment", "Boolean"),
        F("source", "String"),
        F("content", "String"),
        F("sentiment_info", "Choice", values=('positive', 'negative', 'neutral')),
        F("thread_id", "Long"),
        F("from_1", "email_related_records.UserDetails", key="from", accessor="from"),
        F("reply_to", "email_related_records.UserDetails"),
        F("cc", "List", of="email_related_records.UserDetails"),
        F("summary", "String"),
        F("owner", "users.MinifiedUser"),
        F("has_thread_attachment", "Boolean"),
        F("read", "Boolean"),
        F("activity_info", "Object"),
        F("editable", "Boolean"),
        F("message_id", "String"),
        F("mail_format", "String"),
        F("sent", "Boolean"),
        F("intent", "Choice", values=('query', 'request', 'purchase', 'complaints', 'others', 'spam')),
        F("linked_record", "email_related_records.LinkedRecord"),
        F("sent_time", "String"),
        F("emotion", "String"),
        F("to", "List", of="email_related_records.UserDetails"),
        F("time", "DateTime"),
        F("status", "List", of="email_related_records.Status"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
