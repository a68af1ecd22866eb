# Declarations of the official inventory_mass_convert surface (bootstrapped by tools/generate.py).
"""The ``inventory_mass_convert`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "SuccessResponse": "success_response",
    "Module": "module",
    "RelatedModules": "related_modules",
    "BodyWrapper": "body_wrapper",
    "User": "user",
    "ConvertTo": "convert_to",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
