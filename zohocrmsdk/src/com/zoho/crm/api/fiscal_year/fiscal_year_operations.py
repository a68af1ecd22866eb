# Declarations of the official fiscal_year surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FiscalYearOperations(Operations):
    _init_ = ""
    get_fiscal_year = op("GET", "/crm/v6/settings/fiscal_year", "READ", "fiscal_year.ResponseHandler")
    update_fiscal_year = op("PUT", "/crm/v6/settings/fiscal_year", "UPDATE", "fiscal_year.ActionHandler",
        args="request:fiscal_year.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
