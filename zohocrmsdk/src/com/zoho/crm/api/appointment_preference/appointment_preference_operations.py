# Declarations of the official appointment_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class AppointmentPreferenceOperations(Operations):
    _init_ = ""
    get_appointment_preference = op("GET", "/crm/v6/settings/appointment_preferences", "READ", "appointment_preference.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    update_appointment_preference = op("PUT", "/crm/v6/settings/appointment_preferences", "UPDATE", "appointment_preference.ActionHandler",
        args="request:appointment_preference.BodyWrapper?",
        mandatory=True)


class GetAppointmentPreferenceParam(ParamHolder, class_path="com.zoho.crm.api.AppointmentPreference.GetAppointmentPreferenceParam"):
    include = typed("include")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
