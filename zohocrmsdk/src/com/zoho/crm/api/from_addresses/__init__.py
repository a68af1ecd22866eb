# Declarations of the official from_addresses surface (bootstrapped by tools/generate.py).
"""The ``from_addresses`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Address": "address",
    "ResponseWrapper": "response_wrapper",
    "FromAddressesOperations": "from_addresses_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
