# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ScoringRulesOperations(Operations):
    _init_ = ""
    create_scoring_rules = op("POST", "/crm/v6/settings/automation/scoring_rules", "CREATE", "scoring_rules.ActionHandler",
        args="request:scoring_rules.BodyWrapper?",
        mandatory=True)
    get_scoring_rules = op("GET", "/crm/v6/settings/automation/scoring_rules", "READ", "scoring_rules.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    update_scoring_rules = op("PUT", "/crm/v6/settings/automation/scoring_rules", "UPDATE", "scoring_rules.ActionHandler",
        args="request:scoring_rules.BodyWrapper?",
        mandatory=True)
    delete_scoring_rules = op("DELETE", "/crm/v6/settings/automation/scoring_rules", "DELETE", "scoring_rules.ActionHandler",
        args="param_instance:ParameterMap?=None")
    update_scoring_rule = op("PUT", "/crm/v6/settings/automation/scoring_rules/{id}", "UPDATE", "scoring_rules.ActionHandler",
        args="id:int, request:scoring_rules.BodyWrapper?")
    get_scoring_rule = op("GET", "/crm/v6/settings/automation/scoring_rules/{id}", "READ", "scoring_rules.ResponseHandler",
        args="module:str, id:int, param_instance:ParameterMap?=None")
    delete_scoring_rule = op("DELETE", "/crm/v6/settings/automation/scoring_rules/{id}", "DELETE", "scoring_rules.ActionHandler",
        args="id:int")
    activate_scoring_rule = op("PUT", "/crm/v6/settings/automation/scoring_rules/{id}/actions/activate", "ACTION", "scoring_rules.ActionHandler",
        args="id:int")
    deactivate_scoring_rule = op("DELETE", "/crm/v6/settings/automation/scoring_rules/{id}/actions/activate", "ACTION", "scoring_rules.ActionHandler",
        args="id:int")
    clone_scoring_rule = op("POST", "/crm/v6/settings/automation/scoring_rules/{id}/actions/clone", "ACTION", "scoring_rules.ActionHandler",
        args="id:int")
    scoring_rule_execution_using_layout_id = op("PUT", "/crm/v6/{module}/actions/run_scoring_rules", "ACTION", "scoring_rules.ActionHandler",
        args="module:str, request:scoring_rules.LayoutRequestWrapper?")
    scoring_rule_execution_using_rule_ids = op("PUT", "/crm/v6/{module}/actions/run_scoring_rules", "ACTION", "scoring_rules.ActionHandler",
        args="module:str, request:scoring_rules.RoleRequestWrapper?")


class GetScoringRulesParam(ParamHolder, class_path="com.zoho.crm.api.ScoringRules.GetScoringRulesParam"):
    module = typed("module")
    layout_id = typed("layout_id", "Long")
    active = typed("active", "Choice")
    name = typed("name", "Long")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")


class DeleteScoringRulesParam(ParamHolder, class_path="com.zoho.crm.api.ScoringRules.DeleteScoringRulesParam"):
    ids = typed("ids")


class GetScoringRuleParam(ParamHolder, class_path="com.zoho.crm.api.ScoringRules.GetScoringRuleParam"):
    layout_id = typed("layout_id", "Long")
    active = typed("active", "Choice")
    name = typed("name", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
