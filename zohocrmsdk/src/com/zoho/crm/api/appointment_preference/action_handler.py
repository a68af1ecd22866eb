# Declarations of the official appointment_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionHandler(Interface):
    _classes_ = ("appointment_preference.APIException", "appointment_preference.ActionWrapper")
