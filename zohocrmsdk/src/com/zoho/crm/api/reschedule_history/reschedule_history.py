# Declarations of the official reschedule_history surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RescheduleHistory(Model):
    _fields_ = (
        F("rescheduled_to", "DateTime", key="Rescheduled_To"),
        F("review_process", "Boolean", key="$review_process"),
        F("orchestration", "Boolean", key="$orchestration"),
        F("in_merge", "Boolean", key="$in_merge"),
        F("rescheduled_time", "DateTime", key="Rescheduled_Time"),
        F("approved", "Boolean", key="$approved"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("sharing_permission", "String", key="$sharing_permission"),
        F("review", "Boolean", key="$review"),
        F("state", "String", key="$state"),
        F("id", "Long"),
        F("rescheduled_by", "reschedule_history.User", key="Rescheduled_By"),
        F("created_time", "DateTime", key="Created_Time"),
        F("currency_symbol", "String", key="$currency_symbol"),
        F("approval", "reschedule_history.Approval", key="$approval"),
        F("editable", "Boolean", key="$editable"),
        F("appointment_name", "reschedule_history.AppointmentName", key="Appointment_Name"),
        F("created_by", "reschedule_history.User", key="Created_By"),
        F("reschedule_reason", "String", key="Reschedule_Reason"),
        F("zia_visions", "Boolean", key="$zia_visions"),
        F("reschedule_note", "String", key="Reschedule_Note"),
        F("process_flow", "Boolean", key="$process_flow"),
        F("name", "String", key="Name"),
        F("modified_by", "reschedule_history.User", key="Modified_By"),
        F("canvas_id", "String", key="$canvas_id"),
        F("rescheduled_from", "DateTime", key="Rescheduled_From"),
        F("approval_state", "String", key="$approval_state"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
