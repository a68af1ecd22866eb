# Declarations of the official variable_groups surface (bootstrapped by tools/generate.py).
"""The ``variable_groups`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "MinifiedVariableGroup": "minified_variable_group",
    "ResponseWrapper": "response_wrapper",
    "VariableGroup": "variable_group",
    "VariableGroupsOperations": "variable_groups_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
