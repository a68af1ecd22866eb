# Declarations of the official inventory_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.inventory_templates.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("inventory_templates", "List", of="inventory_templates.InventoryTemplates"),
        F("info", "inventory_templates.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
