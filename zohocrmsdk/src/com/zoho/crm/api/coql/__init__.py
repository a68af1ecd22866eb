# Declarations of the official coql surface (bootstrapped by tools/generate.py).
"""The ``coql`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "DetailsWrapper": "details_wrapper",
    "ClauseDetails": "clause_details",
    "ParseErrorDetails": "parse_error_details",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "CoqlOperations": "coql_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
