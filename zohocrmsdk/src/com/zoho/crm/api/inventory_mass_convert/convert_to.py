# Declarations of the official inventory_mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConvertTo(Model):
    _fields_ = (
        F("module", "inventory_mass_convert.Module"),
        F("carry_over_tags", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
