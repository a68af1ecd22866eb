# Declarations of the official record_locking_configuration surface (bootstrapped by tools/generate.py).
"""The ``record_locking_configuration`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "Dependee": "dependee",
    "ActionWrapper": "action_wrapper",
    "Criteria": "criteria",
    "BodyWrapper": "body_wrapper",
    "LockExcludedProfile": "lock_excluded_profile",
    "LockingRules": "locking_rules",
    "APIException": "api_exception",
    "ActionResponse": "action_response",
    "Field": "field",
    "RestrictedCustomButton": "restricted_custom_button",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "RecordLock": "record_lock",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
