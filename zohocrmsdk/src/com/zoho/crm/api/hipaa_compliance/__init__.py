# Declarations of the official hipaa_compliance surface (bootstrapped by tools/generate.py).
"""The ``hipaa_compliance`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "HipaaCompliance": "hipaa_compliance",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Modules": "modules",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
