# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.pipeline.transfer_pipeline_action_response import TransferPipelineActionResponse
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class TransferPipelineSuccessResponse(Model, TransferPipelineActionResponse):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("details", "Map", keys=(
            F("job_id", "Long"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
