# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.currencies.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.currencies.base_currency_action_response import BaseCurrencyActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, BaseCurrencyActionResponse, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("id", "Long"),
        )),
        F("message", "Choice", values=('The multi-currency feature is enabled and given currency is created as the base currency.', 'The currency created successfully.', 'The currency updated successfully.')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
