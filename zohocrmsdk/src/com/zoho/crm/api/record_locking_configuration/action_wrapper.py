# Declarations of the official record_locking_configuration surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("record_locking_configurations", "List", of="record_locking_configuration.ActionResponse"),
    )
