# Declarations of the official appointment_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AppointmentPreference(Model):
    _fields_ = (
        F("allow_booking_outside_businesshours", "Boolean"),
        F("deal_record_configuration", "appointment_preference.DealRecordConfiguration"),
        F("show_job_sheet", "Boolean"),
        F("when_duration_exceeds", "String"),
        F("when_appointment_completed", "Choice", values=('do_not_create_deal', 'create_deal')),
        F("allow_booking_outside_service_availability", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
