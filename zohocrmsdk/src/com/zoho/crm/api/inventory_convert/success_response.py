# Declarations of the official inventory_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("Sales_Orders", "inventory_convert.Record"),
            F("Invoices", "inventory_convert.Record"),
        )),
        F("message", "Choice", values=('The record has been converted successfully',)),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
