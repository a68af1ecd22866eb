# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
"""The ``blueprint`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Crypt": "crypt",
    "ModuleFields": "module_fields",
    "ToolTip": "tool_tip",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "AssociationDetails": "association_details",
    "SuccessResponse": "success_response",
    "Currency": "currency",
    "ActionHandler": "action_handler",
    "ModuleMapping": "module_mapping",
    "ConvertMapping": "convert_mapping",
    "Profile": "profile",
    "Module": "module",
    "ViewType": "view_type",
    "LookupField": "lookup_field",
    "BodyWrapper": "body_wrapper",
    "NextTransition": "next_transition",
    "Transition": "transition",
    "MultiSelectLookup": "multi_select_lookup",
    "Layout": "layout",
    "Field": "field",
    "ProcessInfo": "process_info",
    "Escalation": "escalation",
    "BlueprintOperations": "blueprint_operations",
    "ResponseWrapper": "response_wrapper",
    "Formula": "formula",
    "AutoNumber": "auto_number",
    "BluePrint": "blue_print",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
