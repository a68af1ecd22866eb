# Declarations of the official territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Territories(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("manager", "territories.Manager"),
        F("account_rule_criteria", "territories.Criteria"),
        F("description", "String"),
        F("lead_rule_criteria", "territories.Criteria"),
        F("reporting_to", "territories.ReportingTo"),
        F("created_by", "users.MinifiedUser"),
        F("deal_rule_criteria", "territories.Criteria"),
        F("modified_time", "DateTime"),
        F("permission_type", "Choice", values=('read_write_delete', 'read_only')),
        F("modified_by", "users.MinifiedUser"),
        F("name", "String"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
