# Declarations of the official available_currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class AvailableCurrenciesOperations(Operations):
    _init_ = ""
    get_available_currencies = op("GET", "/crm/v6/org/currencies/actions/available_currencies", "READ", "available_currencies.ResponseHandler")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
