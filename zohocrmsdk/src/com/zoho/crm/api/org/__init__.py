# Declarations of the official org surface (bootstrapped by tools/generate.py).
"""The ``org`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "HierarchyPreferences": "hierarchy_preferences",
    "Resource": "resource",
    "Org": "org",
    "CheckinPreferences": "checkin_preferences",
    "LicenseDetails": "license_details",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "Feature": "feature",
    "SuccessResponse": "success_response",
    "FileBodyWrapper": "file_body_wrapper",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "OrgOperations": "org_operations",
    "GetOrganizationHeader": "org_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
