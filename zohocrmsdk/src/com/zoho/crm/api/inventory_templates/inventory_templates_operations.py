# Declarations of the official inventory_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class InventoryTemplatesOperations(Operations):
    _init_ = ""
    get_inventory_templates = op("GET", "/crm/v6/settings/inventory_templates", "READ", "inventory_templates.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_inventory_template = op("GET", "/crm/v6/settings/inventory_templates/{template}", "READ", "inventory_templates.ResponseHandler",
        args="template:int")


class GetInventoryTemplatesParam(ParamHolder, class_path="com.zoho.crm.api.InventoryTemplates.GetInventoryTemplatesParam"):
    module = typed("module")
    category = typed("category")
    sort_by = typed("sort_by")
    sort_order = typed("sort_order")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
