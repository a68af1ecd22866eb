# Declarations of the official available_currencies surface (bootstrapped by tools/generate.py).
"""The ``available_currencies`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "AvailableCurrenciesOperations": "available_currencies_operations",
    "ResponseWrapper": "response_wrapper",
    "Currency": "currency",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
