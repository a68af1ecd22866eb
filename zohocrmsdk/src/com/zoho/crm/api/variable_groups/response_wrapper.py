# Declarations of the official variable_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.variable_groups.response_handler import ResponseHandler


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("variable_groups", "List", of="variable_groups.VariableGroup"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
