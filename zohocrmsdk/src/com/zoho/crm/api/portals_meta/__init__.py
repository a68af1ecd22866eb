# Declarations of the official portals_meta surface (bootstrapped by tools/generate.py).
"""The ``portals_meta`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "RelatedLists": "related_lists",
    "Wrapper": "wrapper",
    "Filters": "filters",
    "Layouts": "layouts",
    "Views": "views",
    "Modules": "modules",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
