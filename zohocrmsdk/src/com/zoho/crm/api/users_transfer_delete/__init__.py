# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
"""The ``users_transfer_delete`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "MoveSubordinate": "move_subordinate",
    "BodyWrapper": "body_wrapper",
    "TransferAndDeleteByID": "transfer_and_delete_by_id",
    "TransferAndDelete": "transfer_and_delete",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "Transfer": "transfer",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "UsersTransferDeleteOperations": "users_transfer_delete_operations",
    "GetStatusParam": "users_transfer_delete_operations",
    "Status": "status",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
