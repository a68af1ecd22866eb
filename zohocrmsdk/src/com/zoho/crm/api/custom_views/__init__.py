# Declarations of the official custom_views surface (bootstrapped by tools/generate.py).
"""The ``custom_views`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Owner": "owner",
    "CustomViewsOperations": "custom_views_operations",
    "GetCustomViewsParam": "custom_views_operations",
    "GetCustomViewParam": "custom_views_operations",
    "ChangeSortOrderOfCustomViewsParam": "custom_views_operations",
    "ChangeSortOrderOfCustomViewParam": "custom_views_operations",
    "Criteria": "criteria",
    "PinFields": "pin_fields",
    "BodyWrapper": "body_wrapper",
    "SortBy": "sort_by",
    "SharedTo": "shared_to",
    "CustomViews": "custom_views",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "SuccessResponse": "success_response",
    "Translation": "translation",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "PinUnpinFields": "pin_unpin_fields",
    "Fields": "fields",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
