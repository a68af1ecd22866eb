# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
"""The ``record_locking`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "RecordLockingOperations": "record_locking_operations",
    "GetRecordLockingInformationsParam": "record_locking_operations",
    "GetRecordLockingInformationParam": "record_locking_operations",
    "BodyWrapper": "body_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "SuccessResponse": "success_response",
    "LockedForS": "locked_for_s",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "RecordLock": "record_lock",
    "LockRecord": "lock_record",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
