# Declarations of the official related_lists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RelatedListsOperations(Operations):
    _init_ = "layout_id:int?=None"
    get_related_lists = op("GET", "/crm/v6/settings/related_lists", "READ", "related_lists.ResponseHandler",
        args="param_instance:ParameterMap?=None",
        inject=(("param", "layout_id", "com.zoho.crm.api.RelatedLists.GetRelatedListsParam", "layout_id"),))
    get_related_list = op("GET", "/crm/v6/settings/related_lists/{id}", "READ", "related_lists.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None",
        inject=(("param", "layout_id", "com.zoho.crm.api.RelatedLists.GetRelatedListParam", "layout_id"),))


class GetRelatedListsParam(ParamHolder, class_path="com.zoho.crm.api.RelatedLists.GetRelatedListsParam", hidden=(typed("layout_id", "Long"),)):
    module = typed("module")


class GetRelatedListParam(ParamHolder, class_path="com.zoho.crm.api.RelatedLists.GetRelatedListParam", hidden=(typed("layout_id", "Long"),)):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
