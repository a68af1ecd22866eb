# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConvertMapping(Model):
    _fields_ = (
        F("salesorders", "layouts.MinifiedLayout", key="SalesOrders"),
        F("invoices", "layouts.MinifiedLayout", key="Invoices"),
        F("deals", "layouts.DealLayoutMapping", key="Deals"),
        F("accounts", "layouts.MinifiedLayout", key="Accounts"),
        F("contacts", "layouts.MinifiedLayout", key="Contacts"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
