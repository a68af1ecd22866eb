# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DPipelineWrapper(Model):
    _fields_ = (
        F("pipeline", "List", of="pipeline.DPipeline"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
