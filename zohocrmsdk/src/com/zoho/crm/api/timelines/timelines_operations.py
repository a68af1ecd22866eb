# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class TimelinesOperations(Operations):
    _init_ = ""
    get_timelines = op("GET", "/crm/v6/{module}/{record_id}/__timeline", "READ", "timelines.ResponseHandler",
        args="module:str, record_id:str, param_instance:ParameterMap?=None")


class GetTimelinesParam(ParamHolder, class_path="com.zoho.crm.api.Timelines.GetTimelinesParam"):
    include_inner_details = typed("include_inner_details", "Choice")
    sort_by = typed("sort_by")
    sort_order = typed("sort_order", "Choice")
    include_timeline_type = typed("include_timeline_type")
    include = typed("include", "Choice")
    filters = typed("filters")
    per_page = typed("per_page")
    page = typed("page")
    page_token = typed("page_token")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
