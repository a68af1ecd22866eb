# Declarations of the official features surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FeaturesOperations(Operations):
    _init_ = ""
    get_feature_details = op("GET", "/crm/v6/__features", "READ", "features.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_feature_detail = op("GET", "/crm/v6/__features/{feature_api_name}", "READ", "features.ResponseHandler",
        args="feature_api_name:str, param_instance:ParameterMap?=None")
    get_data_enrichment = op("GET", "/crm/v6/__features/data_enrichment", "READ", "features.ResponseHandler")
    get_user_licences_count = op("GET", "/crm/v6/__features/user_licenses", "READ", "features.ResponseHandler")


class GetFeatureDetailsParam(ParamHolder, class_path="com.zoho.crm.api.Features.GetFeatureDetailsParam"):
    module = typed("module")
    api_names = typed("api_names")


class GetFeatureDetailParam(ParamHolder, class_path="com.zoho.crm.api.Features.GetFeatureDetailParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
