# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RecordLockingOperations(Operations):
    _init_ = "record_id:int, module_name:str"
    get_record_locking_informations = op("GET", "/crm/v6/{module_name}/{record_id}/Locking_Information__s", "READ", "record_locking.ResponseHandler",
        args="param_instance:ParameterMap?=None",
        module="'Locking_Information__s'",
        fields="'Locking_Information__s'")
    lock_records = op("POST", "/crm/v6/{module_name}/{record_id}/Locking_Information__s", "CREATE", "record_locking.ActionHandler",
        args="request:record_locking.BodyWrapper?",
        mandatory=True,
        module="'Locking_Information__s'",
        fields="'Locking_Information__s'")
    get_record_locking_information = op("GET", "/crm/v6/{module_name}/{record_id}/Locking_Information__s/{lock_id}", "READ", "record_locking.ResponseHandler",
        args="lock_id:int, param_instance:ParameterMap?=None",
        module="'Locking_Information__s'",
        fields="'Locking_Information__s'")
    update_record_locking_information = op("PUT", "/crm/v6/{module_name}/{record_id}/Locking_Information__s/{lock_id}", "UPDATE", "record_locking.ActionHandler",
        args="lock_id:int, request:record_locking.BodyWrapper?",
        mandatory=True,
        module="'Locking_Information__s'",
        fields="'Locking_Information__s'")
    unlock_record = op("DELETE", "/crm/v6/{module_name}/{record_id}/Locking_Information__s/{lock_id}", "DELETE", "record_locking.ActionHandler",
        args="lock_id:int",
        module="'Locking_Information__s'",
        fields="'Locking_Information__s'")


class GetRecordLockingInformationsParam(ParamHolder, class_path="com.zoho.crm.api.RecordLocking.GetRecordLockingInformationsParam"):
    fields = typed("fields")
    ids = typed("ids")


class GetRecordLockingInformationParam(ParamHolder, class_path="com.zoho.crm.api.RecordLocking.GetRecordLockingInformationParam"):
    fields = typed("fields")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
