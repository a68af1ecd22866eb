# Declarations of the official features surface (bootstrapped by tools/generate.py).
"""The ``features`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "FeaturesOperations": "features_operations",
    "GetFeatureDetailsParam": "features_operations",
    "GetFeatureDetailParam": "features_operations",
    "APIException": "api_exception",
    "Component": "component",
    "ResponseHandler": "response_handler",
    "Feature": "feature",
    "Limit": "limit",
    "ResponseWrapper": "response_wrapper",
    "Detail": "detail",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
