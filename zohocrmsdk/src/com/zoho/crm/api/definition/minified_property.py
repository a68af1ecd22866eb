# Declarations of the official definition surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MinifiedProperty(Model):
    _fields_ = (
        F("read_only", "Boolean"),
        F("api_name", "String"),
        F("data_type", "String"),
        F("length", "Integer"),
        F("required", "Boolean"),
        F("properties", "List", of="definition.MinifiedProperty"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
