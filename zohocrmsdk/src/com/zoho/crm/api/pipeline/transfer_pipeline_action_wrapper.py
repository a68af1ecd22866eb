# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.pipeline.transfer_pipeline_action_handler import TransferPipelineActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class TransferPipelineActionWrapper(Model, TransferPipelineActionHandler):
    _fields_ = (
        F("transfer_pipeline", "List", of="pipeline.TransferPipelineActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
