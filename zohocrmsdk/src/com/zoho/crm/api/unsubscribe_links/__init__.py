# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
"""The ``unsubscribe_links`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "AssociationsResponseWrapper": "associations_response_wrapper",
    "Resource": "resource",
    "Module": "module",
    "BodyWrapper": "body_wrapper",
    "AssociationsResponseHandler": "associations_response_handler",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "AssociationDetails": "association_details",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "UnsubscribeLinks": "unsubscribe_links",
    "ActionHandler": "action_handler",
    "Detail": "detail",
    "AssociatedPlaces": "associated_places",
    "UnsubscribeLinksOperations": "unsubscribe_links_operations",
    "User": "user",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
