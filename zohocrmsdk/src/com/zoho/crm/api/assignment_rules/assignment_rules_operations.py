# Declarations of the official assignment_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class AssignmentRulesOperations(Operations):
    _init_ = ""
    get_assignment_rules = op("GET", "/crm/v6/settings/automation/assignment_rules", "READ", "assignment_rules.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_assignment_rule = op("GET", "/crm/v6/settings/automation/assignment_rules/{id}", "READ", "assignment_rules.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")


class GetAssignmentRulesParam(ParamHolder, class_path="com.zoho.crm.api.AssignmentRules.GetAssignmentRulesParam"):
    module = typed("module")


class GetAssignmentRuleParam(ParamHolder, class_path="com.zoho.crm.api.AssignmentRules.GetAssignmentRuleParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
