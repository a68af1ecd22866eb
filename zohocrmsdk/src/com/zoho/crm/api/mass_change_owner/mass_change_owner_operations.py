# Declarations of the official mass_change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class MassChangeOwnerOperations(Operations):
    _init_ = "module:str"
    change_owner = op("POST", "/crm/v6/{module}/actions/mass_change_owner", "ACTION", "mass_change_owner.ActionHandler",
        args="request:mass_change_owner.BodyWrapper?")
    check_status = op("GET", "/crm/v6/{module}/actions/mass_change_owner", "ACTION", "mass_change_owner.ResponseHandler",
        args="param_instance:ParameterMap?=None")


class CheckStatusParam(ParamHolder, class_path="com.zoho.crm.api.MassChangeOwner.CheckStatusParam"):
    job_id = typed("job_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
