# Declarations of the official related_lists surface (bootstrapped by tools/generate.py).
"""The ``related_lists`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "RelatedListsOperations": "related_lists_operations",
    "GetRelatedListsParam": "related_lists_operations",
    "GetRelatedListParam": "related_lists_operations",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "ResponseWrapper": "response_wrapper",
    "RelatedList": "related_list",
    "ModuleMap": "module_map",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
