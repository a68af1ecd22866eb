# Declarations of the official email_compose_meta surface (bootstrapped by tools/generate.py).
"""The ``email_compose_meta`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "DataMap": "data_map",
    "Data": "data",
    "Signature": "signature",
    "FeaturesAvailable": "features_available",
    "FromAddress": "from_address",
    "User": "user",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
