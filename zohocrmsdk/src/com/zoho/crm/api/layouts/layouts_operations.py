# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class LayoutsOperations(Operations):
    _init_ = ""
    get_layouts = op("GET", "/crm/v6/settings/layouts", "READ", "layouts.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_layout = op("GET", "/crm/v6/settings/layouts/{id}", "READ", "layouts.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")


class GetLayoutsParam(ParamHolder, class_path="com.zoho.crm.api.Layouts.GetLayoutsParam"):
    module = typed("module")


class GetLayoutsHeader(HeaderHolder):
    pass


class GetLayoutParam(ParamHolder, class_path="com.zoho.crm.api.Layouts.GetLayoutParam"):
    module = typed("module")


class GetLayoutHeader(HeaderHolder):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
