# Declarations of the official send_mail surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class SendMailOperations(Operations):
    _init_ = "id:int, modulename:str"
    send_mail = op("POST", "/crm/v6/{modulename}/{id}/actions/send_mail", "CREATE", "send_mail.ActionHandler",
        args="request:send_mail.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
