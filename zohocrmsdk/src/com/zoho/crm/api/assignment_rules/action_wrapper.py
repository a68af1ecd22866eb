# Declarations of the official assignment_rules surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ActionWrapper(Model):
    _fields_ = (
        F("assignment_rules", "List", of="assignment_rules.APIException"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
