# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Crypt(Model):
    _fields_ = (
        F("mode", "String"),
        F("column", "String"),
        F("encfldids", "List", key="encFldIds", of="String"),
        F("table", "String"),
        F("notify", "String"),
        F("status", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
