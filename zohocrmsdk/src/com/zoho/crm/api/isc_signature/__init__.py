# Declarations of the official isc_signature surface (bootstrapped by tools/generate.py).
"""The ``isc_signature`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Signature": "signature",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
