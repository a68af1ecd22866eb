# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class NotificationsOperations(Operations):
    _init_ = ""
    get_notifications = op("GET", "/crm/v6/actions/watch", "READ", "notifications.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    enable_notifications = op("POST", "/crm/v6/actions/watch", "CREATE", "notifications.ActionHandler",
        args="request:notifications.BodyWrapper?",
        mandatory=True)
    update_notifications = op("PUT", "/crm/v6/actions/watch", "UPDATE", "notifications.ActionHandler",
        args="request:notifications.BodyWrapper?",
        mandatory=True)
    update_notification = op("PATCH", "/crm/v6/actions/watch", "UPDATE", "notifications.ActionHandler",
        args="request:notifications.BodyWrapper?",
        mandatory=True)
    disable_notification = op("PATCH", "/crm/v6/actions/watch", "ACTION", "notifications.ActionHandler",
        args="request:notifications.BodyWrapper?")
    delete_notification = op("DELETE", "/crm/v6/actions/watch", "DELETE", "notifications.ActionHandler",
        args="param_instance:ParameterMap?=None")


class GetNotificationsParam(ParamHolder, class_path="com.zoho.crm.api.Notifications.GetNotificationsParam"):
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    channel_id = typed("channel_id", "Long")
    module = typed("module")


class DeleteNotificationParam(ParamHolder, class_path="com.zoho.crm.api.Notifications.DeleteNotificationParam"):
    channel_ids = typed("channel_ids", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
