# Declarations of the official modules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ModulesOperations(Operations):
    _init_ = ""
    get_modules = op("GET", "/crm/v6/settings/modules", "READ", "modules.ResponseHandler",
        args="header_instance:HeaderMap?=None")
    get_module_by_api_name = op("GET", "/crm/v6/settings/modules/{api_name}", "READ", "modules.ResponseHandler",
        args="api_name:str")
    update_module_by_api_name = op("PUT", "/crm/v6/settings/modules/{api_name}", "UPDATE", "modules.ActionHandler",
        args="api_name:str, request:modules.BodyWrapper?",
        mandatory=True)
    get_module = op("GET", "/crm/v6/settings/modules/{id}", "READ", "modules.ResponseHandler",
        args="id:int")
    update_module = op("PUT", "/crm/v6/settings/modules/{id}", "UPDATE", "modules.ActionHandler",
        args="id:int, request:modules.BodyWrapper?")


class GetModulesHeader(HeaderHolder, class_path="com.zoho.crm.api.Modules.GetModulesHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
