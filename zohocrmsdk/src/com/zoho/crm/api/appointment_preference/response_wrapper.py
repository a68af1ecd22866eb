# Declarations of the official appointment_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.appointment_preference.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("appointment_preferences", "appointment_preference.AppointmentPreference"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
