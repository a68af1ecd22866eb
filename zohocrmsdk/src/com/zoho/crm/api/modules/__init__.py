# Declarations of the official modules surface (bootstrapped by tools/generate.py).
"""The ``modules`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "RelatedListProperties": "related_list_properties",
    "Argument": "argument",
    "ModuleFieldLookup": "module_field_lookup",
    "StaticSubformProperties": "static_subform_properties",
    "LookupField": "lookup_field",
    "BodyWrapper": "body_wrapper",
    "StaticSubformField": "static_subform_field",
    "Modules": "modules",
    "ModuleFields": "module_fields",
    "MinifiedModule": "minified_module",
    "ModulesOperations": "modules_operations",
    "GetModulesHeader": "modules_operations",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "LookupFieldProperties": "lookup_field_properties",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "SharingProperties": "sharing_properties",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Territory": "territory",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
