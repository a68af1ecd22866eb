# Declarations of the official inventory_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class InventoryConverter(Model):
    _fields_ = (
        F("convert_to", "List", of="inventory_convert.ConvertTo"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
