# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class CurrenciesOperations(Operations):
    _init_ = ""
    get_currencies = op("GET", "/crm/v6/org/currencies", "READ", "currencies.ResponseHandler")
    add_currencies = op("POST", "/crm/v6/org/currencies", "CREATE", "currencies.ActionHandler",
        args="request:currencies.BodyWrapper?",
        mandatory=True)
    update_currencies = op("PUT", "/crm/v6/org/currencies", "UPDATE", "currencies.ActionHandler",
        args="request:currencies.BodyWrapper?",
        mandatory=True)
    get_currency = op("GET", "/crm/v6/org/currencies/{id}", "READ", "currencies.ResponseHandler",
        args="id:int")
    update_currency = op("PUT", "/crm/v6/org/currencies/{id}", "UPDATE", "currencies.ActionHandler",
        args="id:int, request:currencies.BodyWrapper?")
    enable_base_currency = op("POST", "/crm/v6/org/currencies/actions/enable", "CREATE", "currencies.ActionHandler",
        args="request:currencies.BaseCurrencyWrapper?",
        mandatory=True)
    update_base_currency = op("PUT", "/crm/v6/org/currencies/actions/enable", "UPDATE", "currencies.ActionHandler",
        args="request:currencies.BaseCurrencyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
