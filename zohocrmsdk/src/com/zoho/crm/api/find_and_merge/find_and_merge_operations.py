# Declarations of the official find_and_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FindAndMergeOperations(Operations):
    _init_ = "module:str, masterrecordid:int"
    get_record_merge = op("GET", "/crm/v6/{module}/{masterrecordid}/actions/merge", "READ", "find_and_merge.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    merge_records = op("POST", "/crm/v6/{module}/{masterrecordid}/actions/merge", "CREATE", "find_and_merge.ActionHandler",
        args="request:find_and_merge.BodyWrapper?",
        mandatory=True)


class GetRecordMergeParam(ParamHolder, class_path="com.zoho.crm.api.FindAndMerge.GetRecordMergeParam"):
    job_id = typed("job_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
