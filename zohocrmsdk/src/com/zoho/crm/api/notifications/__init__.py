# Declarations of the official notifications surface (bootstrapped by tools/generate.py).
"""The ``notifications`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "NotificationsOperations": "notifications_operations",
    "GetNotificationsParam": "notifications_operations",
    "DeleteNotificationParam": "notifications_operations",
    "Criteria": "criteria",
    "Module": "module",
    "BodyWrapper": "body_wrapper",
    "NotificationCondition": "notification_condition",
    "Notification": "notification",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "ResponseHandler": "response_handler",
    "Field": "field",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Event": "event",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
