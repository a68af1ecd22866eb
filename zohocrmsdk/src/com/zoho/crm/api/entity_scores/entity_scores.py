# Declarations of the official entity_scores surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class EntityScores(Model):
    _fields_ = (
        F("scoring_rule", "entity_scores.ScoringRule", key="Scoring_Rule"),
        F("score", "Integer", key="Score"),
        F("zia_visions", "Boolean", key="$zia_visions"),
        F("touch_point_negative_score", "Integer", key="Touch_Point_Negative_Score"),
        F("touch_point_score", "Integer", key="Touch_Point_Score"),
        F("positive_score", "Integer", key="Positive_Score"),
        F("field_states", "List", key="$field_states", of="String"),
        F("id", "Long"),
        F("touch_point_positive_score", "Integer", key="Touch_Point_Positive_Score"),
        F("entity", "entity_scores.Entity", key="Entity"),
        F("negative_score", "Integer", key="Negative_Score"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
