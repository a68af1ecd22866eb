# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class PipelineOperations(Operations):
    _init_ = "layout_id:int?=None"
    get_pipelines = op("GET", "/crm/v6/settings/pipeline", "READ", "pipeline.ResponseHandler",
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.GetPipelinesParam", "layout_id"),))
    create_pipeline = op("POST", "/crm/v6/settings/pipeline", "CREATE", "pipeline.ActionHandler",
        args="request:pipeline.BodyWrapper?",
        mandatory=True,
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.CreatePipelineParam", "layout_id"),))
    update_pipelines = op("PUT", "/crm/v6/settings/pipeline", "UPDATE", "pipeline.ActionHandler",
        args="request:pipeline.BodyWrapper?",
        mandatory=True,
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.UpdatePipelinesParam", "layout_id"),))
    get_pipeline = op("GET", "/crm/v6/settings/pipeline/{id}", "READ", "pipeline.ResponseHandler",
        args="id:int",
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.GetPipelineParam", "layout_id"),))
    update_pipeline = op("PATCH", "/crm/v6/settings/pipeline/{id}", "UPDATE", "pipeline.ActionHandler",
        args="id:int, request:pipeline.BodyWrapper?",
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.UpdatePipelineParam", "layout_id"),))
    delete_pipeline = op("PATCH", "/crm/v6/settings/pipeline/{id}", "DELETE", "pipeline.ActionHandler",
        args="id:int, request:pipeline.DPipelineWrapper?",
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.DeletePipelineParam", "layout_id"),))
    transfer_pipelines = op("POST", "/crm/v6/settings/pipeline/actions/transfer", "ACTION", "pipeline.TransferPipelineActionHandler",
        args="request:pipeline.TransferPipelineWrapper?",
        inject=(("param", "layout_id", "com.zoho.crm.api.Pipeline.TransferPipelinesParam", "layout_id"),))


class GetPipelinesParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.GetPipelinesParam", hidden=(typed("layout_id", "Long"),)):
    pass


class CreatePipelineParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.CreatePipelineParam", hidden=(typed("layout_id", "Long"),)):
    pass


class UpdatePipelinesParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.UpdatePipelinesParam", hidden=(typed("layout_id", "Long"),)):
    pass


class GetPipelineParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.GetPipelineParam", hidden=(typed("layout_id", "Long"),)):
    pass


class UpdatePipelineParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.UpdatePipelineParam", hidden=(typed("layout_id", "Long"),)):
    pass


class DeletePipelineParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.DeletePipelineParam", hidden=(typed("layout_id", "Long"),)):
    pass


class TransferPipelinesParam(ParamHolder, class_path="com.zoho.crm.api.Pipeline.TransferPipelinesParam", hidden=(typed("layout_id", "Long"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
