# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model
from zohocrmsdk.src.com.zoho.crm.api.variables.response_handler import ResponseHandler


class ResponseWrapper(Model, ResponseHandler):
    _fields_ = (
        F("variables", "List", of="variables.Variable"),
    )
