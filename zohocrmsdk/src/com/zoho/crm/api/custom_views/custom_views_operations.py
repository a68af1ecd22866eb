# Declarations of the official custom_views surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class CustomViewsOperations(Operations):
    _init_ = ""
    get_custom_views = op("GET", "/crm/v6/settings/custom_views", "READ", "custom_views.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_custom_view = op("GET", "/crm/v6/settings/custom_views/{id}", "READ", "custom_views.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    change_sort_order_of_custom_views = op("PUT", "/crm/v6/settings/custom_views/actions/change_sort", "UPDATE", "custom_views.ActionHandler",
        args="request:custom_views.BodyWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    change_sort_order_of_custom_view = op("PUT", "/crm/v6/settings/custom_views/{id}/actions/change_sort", "UPDATE", "custom_views.ActionHandler",
        args="id:int, request:custom_views.BodyWrapper?, param_instance:ParameterMap?=None")


class GetCustomViewsParam(ParamHolder, class_path="com.zoho.crm.api.CustomViews.GetCustomViewsParam"):
    module = typed("module")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")


class GetCustomViewParam(ParamHolder, class_path="com.zoho.crm.api.CustomViews.GetCustomViewParam"):
    module = typed("module")


class ChangeSortOrderOfCustomViewsParam(ParamHolder, class_path="com.zoho.crm.api.CustomViews.ChangeSortOrderOfCustomViewsParam"):
    module = typed("module")


class ChangeSortOrderOfCustomViewParam(ParamHolder, class_path="com.zoho.crm.api.CustomViews.ChangeSortOrderOfCustomViewParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
