# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.pipeline.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.pipeline.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.pipeline.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.pipeline.transfer_pipeline_action_handler import TransferPipelineActionHandler
from zohocrmsdk.src.com.zoho.crm.api.pipeline.transfer_pipeline_action_response import TransferPipelineActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, TransferPipelineActionResponse, ResponseHandler, ActionHandler, TransferPipelineActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'MANDATORY_NOT_FOUND', 'DUPLICATE_DATA', 'REQUIRED_PARAM_MISSING', 'INTERNAL_SERVER_ERROR', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("maximum_length", "Integer"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("param_name", "String"),
            F("param", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('required field not found',)),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
