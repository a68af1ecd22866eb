# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
"""The ``wizards`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Container": "container",
    "WizardsOperations": "wizards_operations",
    "GetWizardByIDParam": "wizards_operations",
    "ButtonBackground": "button_background",
    "ChartData": "chart_data",
    "PortalUserType": "portal_user_type",
    "Resource": "resource",
    "Criteria": "criteria",
    "Screen": "screen",
    "Message": "message",
    "Transition": "transition",
    "ConditionalRules": "conditional_rules",
    "Button": "button",
    "APIException": "api_exception",
    "Node": "node",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "ExemptedPortalUserType": "exempted_portal_user_type",
    "Segment": "segment",
    "ResponseWrapper": "response_wrapper",
    "Connection": "connection",
    "Wizard": "wizard",
    "Actions": "actions",
    "Element": "element",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
