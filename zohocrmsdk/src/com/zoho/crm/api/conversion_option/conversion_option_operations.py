# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ConversionOptionOperations(Operations):
    _init_ = "lead_id:int"
    lead_conversion_options = op("GET", "/crm/v6/Leads/{lead_id}/__conversion_options", "READ", "conversion_option.ResponseHandler",
        module="'Leads'",
        fields="'Leads,Contacts,Deals,Accounts'")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
