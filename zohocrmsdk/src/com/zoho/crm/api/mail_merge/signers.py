# Declarations of the official mail_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Signers(Model):
    _fields_ = (
        F("action_type", "Choice", values=('sign', 'approve')),
        F("recipient", "mail_merge.Address"),
        F("recipient_name", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
