# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class AssociateEmailOperations(Operations):
    _init_ = ""
    associate = op("POST", "/crm/v6/{module}/{recordid}/actions/associate_email", "CREATE", "associate_email.ActionHandler",
        args="recordid:int, module:str, request:associate_email.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
