# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("org", "List", of="org.SuccessResponse"),
    )
