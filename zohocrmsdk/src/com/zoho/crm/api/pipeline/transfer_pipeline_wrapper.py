# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class TransferPipelineWrapper(Model):
    _fields_ = (
        F("transfer_pipeline", "List", of="pipeline.TransferPipeline"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
