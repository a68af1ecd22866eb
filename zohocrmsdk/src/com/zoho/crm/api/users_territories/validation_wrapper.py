# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_territories.validation_handler import ValidationHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ValidationWrapper(Model, ValidationHandler):
    _fields_ = (
        F("validate_before_transfer", "List", of="users_territories.ValidationGroup"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
