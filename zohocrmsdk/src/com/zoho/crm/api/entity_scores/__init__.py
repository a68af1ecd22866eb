# Declarations of the official entity_scores surface (bootstrapped by tools/generate.py).
"""The ``entity_scores`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "EntityScoresOperations": "entity_scores_operations",
    "GetEntityScoreParam": "entity_scores_operations",
    "GetEntityScoresParam": "entity_scores_operations",
    "GetEntityScoresHeader": "entity_scores_operations",
    "ScoringRule": "scoring_rule",
    "APIException": "api_exception",
    "EntityScores": "entity_scores",
    "ResponseHandler": "response_handler",
    "Module": "module",
    "ResponseWrapper": "response_wrapper",
    "Entity": "entity",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
