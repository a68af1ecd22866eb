# Declarations of the official digest surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class DigestOperations(Operations):
    _init_ = ""
    create_digest = op("POST", "/crm/v6/__digest", "CREATE", "digest.ActionHandler",
        args="request:digest.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
