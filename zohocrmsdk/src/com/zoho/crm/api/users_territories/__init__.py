# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
"""The ``users_territories`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "TransferAndDelink": "transfer_and_delink",
    "TransferActionWrapper": "transfer_action_wrapper",
    "UsersTerritoriesOperations": "users_territories_operations",
    "TransferActionHandler": "transfer_action_handler",
    "Manager": "manager",
    "TransferActionResponse": "transfer_action_response",
    "BodyWrapper": "body_wrapper",
    "ValidationWrapper": "validation_wrapper",
    "BulkValidation": "bulk_validation",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "ActionWrappe": "action_wrappe",
    "TransferWrapper": "transfer_wrapper",
    "ValidationHandler": "validation_handler",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ValidationGroup": "validation_group",
    "ActionHandler": "action_handler",
    "TransferToUser": "transfer_to_user",
    "Validation": "validation",
    "Territory": "territory",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
