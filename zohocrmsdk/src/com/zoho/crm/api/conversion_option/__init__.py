# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
"""The ``conversion_option`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "PreferenceFieldMatch": "preference_field_match",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "ConversionOptionOperations": "conversion_option_operations",
    "ResponseWrapper": "response_wrapper",
    "PreferenceFieldMatchedValue": "preference_field_matched_value",
    "ConversionOptions": "conversion_options",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
