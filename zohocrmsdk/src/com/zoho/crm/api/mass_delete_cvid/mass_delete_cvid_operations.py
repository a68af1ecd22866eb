# Declarations of the official mass_delete_cvid surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class MassDeleteCvidOperations(Operations):
    _init_ = "module:str"
    mass_delete_by_cvid = op("POST", "/crm/v6/{module}/actions/mass_delete", "ACTION", "mass_delete_cvid.ActionHandler",
        args="request:mass_delete_cvid.CvidBodyWrapper?")
    mass_delete_by_record_id = op("POST", "/crm/v6/{module}/actions/mass_delete", "ACTION", "mass_delete_cvid.ActionHandler",
        args="request:mass_delete_cvid.RecordIdBodyWrapper?")
    get_mass_delete_status = op("GET", "/crm/v6/{module}/actions/mass_delete", "READ", "mass_delete_cvid.ResponseHandler",
        args="param_instance:ParameterMap?=None")


class GetMassDeleteStatusParam(ParamHolder, class_path="com.zoho.crm.api.MassDeleteCvid.GetMassDeleteStatusParam"):
    job_id = typed("job_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
