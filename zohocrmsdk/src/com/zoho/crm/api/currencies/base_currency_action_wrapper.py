# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.currencies.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BaseCurrencyActionWrapper(Model, ActionHandler):
    _fields_ = (
        F("base_currency", "currencies.BaseCurrencyActionResponse", interface=True),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
