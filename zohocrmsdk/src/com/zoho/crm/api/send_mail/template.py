# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class Template(Interface):
    _classes_ = ("email_templates.EmailTemplate", "inventory_templates.InventoryTemplates")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
