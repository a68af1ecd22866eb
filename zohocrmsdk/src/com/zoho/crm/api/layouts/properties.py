# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Properties(Model):
    _fields_ = (
        F("reorder_rows", "Boolean"),
        F("tooltip", "layouts.Tooltip"),
        F("maximum_rows", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
