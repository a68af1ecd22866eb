# Declarations of the official fiscal_year surface (bootstrapped by tools/generate.py).
"""The ``fiscal_year`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Year": "year",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "FiscalYearOperations": "fiscal_year_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
