# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Attachments(Model):
    _fields_ = (
        F("service_name", "String"),
        F("file_name", "String"),
        F("id", "String"),
        F("file_size", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
