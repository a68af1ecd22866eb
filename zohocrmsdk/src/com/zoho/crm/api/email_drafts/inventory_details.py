# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class InventoryDetails(Model):
    _fields_ = (
        F("record", "record.Record"),
        F("view_type", "String"),
        F("inventory_template", "email_drafts.InventoryTemplate"),
        F("paper_type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
