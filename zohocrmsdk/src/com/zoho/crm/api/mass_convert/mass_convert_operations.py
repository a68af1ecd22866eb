# Declarations of the official mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class MassConvertOperations(Operations):
    _init_ = ""
    mass_convert = op("POST", "/crm/v6/Leads/actions/mass_convert", "CREATE", "mass_convert.ActionResponse",
        args="request:mass_convert.BodyWrapper?",
        mandatory=True,
        module="'Deals'",
        fields="'Deals'")
    get_job_status = op("GET", "/crm/v6/Leads/actions/mass_convert", "ACTION", "mass_convert.ResponseHandler",
        args="param_instance:ParameterMap?=None")


class GetJobStatusParam(ParamHolder, class_path="com.zoho.crm.api.MassConvert.GetJobStatusParam"):
    job_id = typed("job_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
