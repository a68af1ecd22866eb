# Declarations of the official assignment_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssignmentRules(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("default_assignee", "assignment_rules.DefaultAssignee"),
        F("api_name", "String"),
        F("module", "modules.MinifiedModule"),
        F("modified_by", "assignment_rules.User"),
        F("name", "String"),
        F("description", "String"),
        F("id", "Long"),
        F("created_by", "assignment_rules.User"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
