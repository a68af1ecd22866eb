# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
"""The ``scoring_rules`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "FieldRule": "field_rule",
    "ScoringRule": "scoring_rule",
    "Criteria": "criteria",
    "LayoutRequestWrapper": "layout_request_wrapper",
    "BodyWrapper": "body_wrapper",
    "ExpectedField": "expected_field",
    "SignalRule": "signal_rule",
    "Layout": "layout",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "ScoringRulesOperations": "scoring_rules_operations",
    "GetScoringRulesParam": "scoring_rules_operations",
    "DeleteScoringRulesParam": "scoring_rules_operations",
    "GetScoringRuleParam": "scoring_rules_operations",
    "Field": "field",
    "SuccessResponse": "success_response",
    "RoleRequestWrapper": "role_request_wrapper",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "Signal": "signal",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
