# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ShareRecord(Model):
    _fields_ = (
        F("shared_with", "users.Users"),
        F("share_related_records", "Boolean"),
        F("shared_through", "share_records.SharedThrough"),
        F("shared_time", "DateTime"),
        F("permission", "String"),
        F("shared_by", "users.Users"),
        F("type", "Choice", values=('public', 'private')),
        F("user", "users.Users"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
