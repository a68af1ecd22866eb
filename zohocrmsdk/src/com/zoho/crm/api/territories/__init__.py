# Declarations of the official territories surface (bootstrapped by tools/generate.py).
"""The ``territories`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "DeletedAssociatedWrapper": "deleted_associated_wrapper",
    "ActionWrapper": "action_wrapper",
    "Manager": "manager",
    "Criteria": "criteria",
    "TerritoriesOperations": "territories_operations",
    "GetTerritoriesParam": "territories_operations",
    "DeleteTerritoriesParam": "territories_operations",
    "DeleteTerritoryParam": "territories_operations",
    "GetChildTerritoryParam": "territories_operations",
    "BodyWrapper": "body_wrapper",
    "ReportingTo": "reporting_to",
    "AssociatedUsersCount": "associated_users_count",
    "TransferTerritory": "transfer_territory",
    "MinifiedTerritory": "minified_territory",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Field": "field",
    "Territories": "territories",
    "TransferBodyWrapper": "transfer_body_wrapper",
    "DeletedAssociatedTerritories": "deleted_associated_territories",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "AssociatedUsersCountWrapper": "associated_users_count_wrapper",
    "ActionHandler": "action_handler",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
