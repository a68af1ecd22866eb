# Declarations of the official coql surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class CoqlOperations(Operations):
    _init_ = ""
    get_records = op("POST", "/crm/v6/coql", "READ", "coql.ResponseHandler",
        args="request:coql.BodyWrapper?")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
