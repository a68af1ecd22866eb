# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
"""The ``field_map_dependency`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Parent": "parent",
    "FieldMapDependencyOperations": "field_map_dependency_operations",
    "CreateMapDependencyParam": "field_map_dependency_operations",
    "CreateMapDependencyHeader": "field_map_dependency_operations",
    "GetMapDependenciesParam": "field_map_dependency_operations",
    "UpdateMapDependencyParam": "field_map_dependency_operations",
    "GetMapDependencyParam": "field_map_dependency_operations",
    "DeleteMapDependencyParam": "field_map_dependency_operations",
    "PickListMapping": "pick_list_mapping",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "MapDependency": "map_dependency",
    "SubModule": "sub_module",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "PicklistMap": "picklist_map",
    "Child": "child",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
