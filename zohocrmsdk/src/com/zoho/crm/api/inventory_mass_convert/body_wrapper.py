# Declarations of the official inventory_mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("assign_to", "inventory_mass_convert.User"),
        F("related_modules", "List", of="inventory_mass_convert.RelatedModules"),
        F("ids", "List", of="Long"),
        F("convert_to", "List", of="inventory_mass_convert.ConvertTo"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
