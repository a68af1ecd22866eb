# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class InReplyTo(Model):
    _fields_ = (
        F("owner", "send_mail.Owner"),
        F("message_id", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
