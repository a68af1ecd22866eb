# Declarations of the official variables surface (bootstrapped by tools/generate.py).
"""The ``variables`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "VariablesOperations": "variables_operations",
    "GetVariablesParam": "variables_operations",
    "DeleteVariablesParam": "variables_operations",
    "GetVariableByIDParam": "variables_operations",
    "UpdateVariableByIDParam": "variables_operations",
    "UpdateVariableByAPINameParam": "variables_operations",
    "GetVariableByAPINameParam": "variables_operations",
    "Variable": "variable",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "BodyWrapper": "body_wrapper",
    "VariableGroup": "variable_group",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
