# Declarations of the official cancel_meetings surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class CancelMeetingsOperations(Operations):
    _init_ = "event:int"
    cancel_meetings = op("POST", "/crm/v6/Events/{event}/actions/cancel", "ACTION", "cancel_meetings.ActionHandler",
        args="request:cancel_meetings.BodyWrapper?")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
