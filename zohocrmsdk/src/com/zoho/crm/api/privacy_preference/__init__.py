# Declarations of the official privacy_preference surface (bootstrapped by tools/generate.py).
"""The ``privacy_preference`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "PrivacyPreference": "privacy_preference",
    "Preference": "preference",
    "Tpt": "tpt",
    "Wrapper": "wrapper",
    "Section": "section",
    "Config": "config",
    "Option": "option",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
