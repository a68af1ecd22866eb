# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Feature(Model):
    _fields_ = (
        F("name", "String"),
        F("resources", "List", of="org.Resource"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
