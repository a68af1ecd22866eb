# Declarations of the official hipaa_compliance surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("hipaa_compliance", "hipaa_compliance.ActionResponse", interface=True),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
