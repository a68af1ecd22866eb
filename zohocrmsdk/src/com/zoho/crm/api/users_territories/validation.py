# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_territories.validation_group import ValidationGroup
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Validation(Model, ValidationGroup):
    _fields_ = (
        F("records", "Boolean"),
        F("name", "String", key="Name"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
