# Declarations of the official email_sharing_details surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class EmailSharings(Model):
    _fields_ = (
        F("share_from_users", "List", of="email_sharing_details.ShareFromUser"),
        F("available_types", "List", of="String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
