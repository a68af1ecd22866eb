# Declarations of the official scoring_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ScoringRule(Model):
    _fields_ = (
        F("layout", "scoring_rules.Layout"),
        F("created_time", "String"),
        F("modified_time", "String"),
        F("field_rules", "List", of="scoring_rules.FieldRule"),
        F("module", "modules.Modules"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("description", "String"),
        F("active", "Boolean"),
        F("id", "String"),
        F("signal_rules", "List", of="scoring_rules.SignalRule"),
        F("created_by", "users.MinifiedUser"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
