# Declarations of the official unblock_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UnblockEmailOperations(Operations):
    _init_ = "module:str"
    unblock_emails = op("POST", "/crm/v6/{module}/actions/unblock_email", "ACTION", "unblock_email.ActionHandler",
        args="request:unblock_email.BodyWrapper?")
    unblock_email = op("POST", "/crm/v6/{module}/{id}/actions/unblock_email", "ACTION", "unblock_email.ActionHandler",
        args="id:int, request:unblock_email.BodyWrapper?")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
