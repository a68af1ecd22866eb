# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RescheduleHistoryOperations(Operations):
    _init_ = ""
    add_appointments_rescheduled_history = op("POST", "/crm/v6/Appointments_Rescheduled_History__s", "CREATE", "reschedule_history.ActionHandler",
        args="request:reschedule_history.BodyWrapper?",
        mandatory=True)
    update_appointments_rescheduled_history = op("PUT", "/crm/v6/Appointments_Rescheduled_History__s", "UPDATE", "reschedule_history.ActionHandler",
        args="request:reschedule_history.BodyWrapper?",
        mandatory=True)
    get_appointments_rescheduled_history = op("GET", "/crm/v6/Appointments_Rescheduled_History__s", "READ", "reschedule_history.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    update_appointment_rescheduled_history = op("PUT", "/crm/v6/Appointments_Rescheduled_History__s/{id}", "UPDATE", "reschedule_history.ActionHandler",
        args="id:int, request:reschedule_history.BodyWrapper?")
    get_appointment_rescheduled_history = op("GET", "/crm/v6/Appointments_Rescheduled_History__s/{id}", "READ", "reschedule_history.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    delete_appointments_rescheduled_history = op("DELETE", "/crm/v6/Appointments_Rescheduled_History__s/{id}", "DELETE", "reschedule_history.ActionHandler",
        args="id:int")


class GetAppointmentsRescheduledHistoryParam(ParamHolder, class_path="com.zoho.crm.api.RescheduleHistory.GetAppointmentsRescheduledHistoryParam"):
    fields = typed("fields")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    sort_order = typed("sort_order")
    sort_by = typed("sort_by")


class GetAppointmentRescheduledHistoryParam(ParamHolder, class_path="com.zoho.crm.api.RescheduleHistory.GetAppointmentRescheduledHistoryParam"):
    fields = typed("fields")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
