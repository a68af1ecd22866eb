# Declarations of the official templates surface (bootstrapped by tools/generate.py).
"""The ``templates`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "Folder": "folder",
    "Templates": "templates",
    "Wrapper": "wrapper",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
