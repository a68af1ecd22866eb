# Declarations of the official taxes surface (bootstrapped by tools/generate.py).
"""The ``taxes`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "OrgTax": "org_tax",
    "Preference": "preference",
    "BodyWrapper": "body_wrapper",
    "Tax": "tax",
    "ExpectedField": "expected_field",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "TaxesOperations": "taxes_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
