# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ShareRecordsOperations(Operations):
    _init_ = "record_id:int, module_api_name:str"
    get_shared_record_details = op("GET", "/crm/v6/{module_api_name}/{record_id}/actions/share", "READ", "share_records.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    share_record = op("POST", "/crm/v6/{module_api_name}/{record_id}/actions/share", "CREATE", "share_records.ActionHandler",
        args="request:share_records.BodyWrapper?",
        mandatory=True)
    update_share_permissions = op("PUT", "/crm/v6/{module_api_name}/{record_id}/actions/share", "UPDATE", "share_records.ActionHandler",
        args="request:share_records.BodyWrapper?",
        mandatory=True)
    revoke_shared_record = op("DELETE", "/crm/v6/{module_api_name}/{record_id}/actions/share", "DELETE", "share_records.DeleteActionHandler")


class GetSharedRecordDetailsParam(ParamHolder, class_path="com.zoho.crm.api.ShareRecords.GetSharedRecordDetailsParam"):
    sharedto = typed("sharedTo", "Long")
    view = typed("view")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
