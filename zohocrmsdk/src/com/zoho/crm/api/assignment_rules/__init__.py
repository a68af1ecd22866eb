# Declarations of the official assignment_rules surface (bootstrapped by tools/generate.py).
"""The ``assignment_rules`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "AssignmentRulesOperations": "assignment_rules_operations",
    "GetAssignmentRulesParam": "assignment_rules_operations",
    "GetAssignmentRuleParam": "assignment_rules_operations",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "AssignmentRules": "assignment_rules",
    "DefaultAssignee": "default_assignee",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "User": "user",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
