# Declarations of the official privacy_configurable_apps surface (bootstrapped by tools/generate.py).
"""The ``privacy_configurable_apps`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Wrapper": "wrapper",
    "Apps": "apps",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
