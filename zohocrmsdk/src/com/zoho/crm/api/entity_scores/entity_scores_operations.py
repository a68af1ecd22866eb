# Declarations of the official entity_scores surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class EntityScoresOperations(Operations):
    _init_ = "fields:str?=None, cvid:str?=None"
    get_entity_score = op("GET", "/crm/v6/Entity_Scores__s/{record_id}", "READ", "entity_scores.ResponseHandler",
        args="record_id:int",
        inject=(("param", "fields", "com.zoho.crm.api.EntityScores.GetEntityScoreParam", "fields"), ("param", "cvid", "com.zoho.crm.api.EntityScores.GetEntityScoreParam", "cvid"),))
    get_entity_scores = op("GET", "/crm/v6/Entity_Scores__s", "READ", "entity_scores.ResponseHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        inject=(("param", "fields", "com.zoho.crm.api.EntityScores.GetEntityScoresParam", "fields"), ("param", "cvid", "com.zoho.crm.api.EntityScores.GetEntityScoresParam", "cvid"),))


class GetEntityScoreParam(ParamHolder, class_path="com.zoho.crm.api.EntityScores.GetEntityScoreParam", hidden=(typed("cvid", "String"), typed("fields", "String"),)):
    pass


class GetEntityScoresParam(ParamHolder, class_path="com.zoho.crm.api.EntityScores.GetEntityScoresParam", hidden=(typed("cvid", "String"), typed("fields", "String"),)):
    ids = typed("ids")
    sort_by = typed("sort_by")
    sort_order = typed("sort_order")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    page_token = typed("page_token")


class GetEntityScoresHeader(HeaderHolder, class_path="com.zoho.crm.api.EntityScores.GetEntityScoresHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
