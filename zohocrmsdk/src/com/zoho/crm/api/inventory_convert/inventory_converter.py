# Declarations of the official inventory_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class InventoryConverter(Model):
    _fields_ = (
        F("convert_to", "List", of="inventory_convert.ConvertTo"),
    )
