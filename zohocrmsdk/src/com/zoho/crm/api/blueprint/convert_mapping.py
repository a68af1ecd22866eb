# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConvertMapping(Model):
    _fields_ = (
        F("deals", "blueprint.ModuleMapping", key="Deals"),
        F("accounts", "blueprint.ModuleMapping", key="Accounts"),
        F("contacts", "blueprint.ModuleMapping", key="Contacts"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
