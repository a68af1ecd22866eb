# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
"""The ``pipeline`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "TransferPipelineActionHandler": "transfer_pipeline_action_handler",
    "Maps": "maps",
    "TransferPipelineActionWrapper": "transfer_pipeline_action_wrapper",
    "ForecastCategory": "forecast_category",
    "BodyWrapper": "body_wrapper",
    "TransferPipelineWrapper": "transfer_pipeline_wrapper",
    "Delete": "delete",
    "PipelineOperations": "pipeline_operations",
    "GetPipelinesParam": "pipeline_operations",
    "CreatePipelineParam": "pipeline_operations",
    "UpdatePipelinesParam": "pipeline_operations",
    "GetPipelineParam": "pipeline_operations",
    "UpdatePipelineParam": "pipeline_operations",
    "DeletePipelineParam": "pipeline_operations",
    "TransferPipelinesParam": "pipeline_operations",
    "Pipeline": "pipeline",
    "APIException": "api_exception",
    "TransferPipeline": "transfer_pipeline",
    "TPipeline": "t_pipeline",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "TransferPipelineActionResponse": "transfer_pipeline_action_response",
    "DPipelineWrapper": "d_pipeline_wrapper",
    "DPipeline": "d_pipeline",
    "SuccessResponse": "success_response",
    "TransferPipelineSuccessResponse": "transfer_pipeline_success_response",
    "Stages": "stages",
    "JsonDetails": "json_details",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
