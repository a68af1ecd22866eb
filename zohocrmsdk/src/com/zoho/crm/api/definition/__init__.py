# Declarations of the official definition surface (bootstrapped by tools/generate.py).
"""The ``definition`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "Property": "property",
    "ResponseWrapper": "response_wrapper",
    "MinifiedProperty1": "minified_property1",
    "Definition": "definition",
    "MinifiedProperty": "minified_property",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
