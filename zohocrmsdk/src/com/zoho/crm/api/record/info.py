# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Info(Model):
    _fields_ = (
        F("call", "Boolean"),
        F("per_page", "Integer"),
        F("next_page_token", "String"),
        F("count", "Integer"),
        F("page", "Integer"),
        F("previous_page_token", "String"),
        F("page_token_expiry", "DateTime"),
        F("sort_by", "String"),
        F("sort_order", "String"),
        F("email", "Boolean"),
        F("more_records", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
