# Declarations of the official record_locking_configuration surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("record_locking_configurations", "List", of="record_locking_configuration.ActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
