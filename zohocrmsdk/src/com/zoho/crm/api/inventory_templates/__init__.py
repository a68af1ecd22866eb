# Declarations of the official inventory_templates surface (bootstrapped by tools/generate.py).
"""The ``inventory_templates`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "APIException": "api_exception",
    "InventoryTemplates": "inventory_templates",
    "ResponseHandler": "response_handler",
    "Folder": "folder",
    "InventoryTemplatesOperations": "inventory_templates_operations",
    "GetInventoryTemplatesParam": "inventory_templates_operations",
    "ResponseWrapper": "response_wrapper",
    "User": "user",
    "ModuleMap": "module_map",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
