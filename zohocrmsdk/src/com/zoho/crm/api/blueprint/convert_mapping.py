# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConvertMapping(Model):
    _fields_ = (
        F("deals", "blueprint.ModuleMapping", key="Deals"),
        F("accounts", "blueprint.ModuleMapping", key="Accounts"),
        F("contacts", "blueprint.ModuleMapping", key="Contacts"),
    )
