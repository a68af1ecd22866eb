# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.notifications.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("events", "List", of="notifications.Event"),
            F("resource_uri", "String"),
            F("resource_id", "String"),
            F("channel_id", "Long"),
            F("id", "Long"),
        )),
        F("message", "Choice", values=('Successfully subscribed for actions-watch of the given module', 'Successfully un-subscribed from actions-watch', 'Successfully updated the subscribe details', 'Successfully removed the subscribe details')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
