# Declarations of the official taxes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class TaxesOperations(Operations):
    _init_ = ""
    get_taxes = op("GET", "/crm/v6/org/taxes", "READ", "taxes.ResponseHandler")
    update_taxes = op("PUT", "/crm/v6/org/taxes", "UPDATE", "taxes.ActionHandler",
        args="request:taxes.BodyWrapper?",
        mandatory=True)
    get_tax = op("GET", "/crm/v6/org/taxes/{id}", "READ", "taxes.ResponseHandler",
        args="id:int")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
