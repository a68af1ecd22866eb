# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
"""The ``layouts`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "ConvertMapping": "convert_mapping",
    "LayoutsOperations": "layouts_operations",
    "GetLayoutsParam": "layouts_operations",
    "GetLayoutsHeader": "layouts_operations",
    "GetLayoutParam": "layouts_operations",
    "GetLayoutHeader": "layouts_operations",
    "Tooltip": "tooltip",
    "Profiles": "profiles",
    "SectionSubformField": "section_subform_field",
    "DealField": "deal_field",
    "BodyWrapper": "body_wrapper",
    "Layouts": "layouts",
    "Sections": "sections",
    "ActionsAllowed": "actions_allowed",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "SuccessResponse": "success_response",
    "StaticValues": "static_values",
    "SectionField": "section_field",
    "ResponseWrapper": "response_wrapper",
    "DealLayoutMapping": "deal_layout_mapping",
    "MinifiedLayout": "minified_layout",
    "DefaultView": "default_view",
    "Properties": "properties",
    "DefaultAssignmentView": "default_assignment_view",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
