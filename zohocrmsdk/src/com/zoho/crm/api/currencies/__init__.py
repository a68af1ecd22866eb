# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
"""The ``currencies`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "BaseCurrency": "base_currency",
    "ActionWrapper": "action_wrapper",
    "BaseCurrencyActionResponse": "base_currency_action_response",
    "BaseCurrencyWrapper": "base_currency_wrapper",
    "CurrenciesOperations": "currencies_operations",
    "Format": "format",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "BaseCurrencyActionWrapper": "base_currency_action_wrapper",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "ErrorDetails": "error_details",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "Currency": "currency",
    "ActionHandler": "action_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
