# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Info(Model):
    _fields_ = (
        F("count", "Integer"),
        F("allowed_count", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
