# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BaseCurrency(Model):
    _fields_ = (
        F("symbol", "String"),
        F("created_time", "DateTime"),
        F("is_active", "Boolean"),
        F("exchange_rate", "String"),
        F("format", "currencies.Format"),
        F("created_by", "users.MinifiedUser"),
        F("prefix_symbol", "Boolean"),
        F("is_base", "Boolean"),
        F("modified_time", "DateTime"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("id", "Long"),
        F("iso_code", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
