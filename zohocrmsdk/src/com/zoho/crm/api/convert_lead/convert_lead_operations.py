# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ConvertLeadOperations(Operations):
    _init_ = "lead_id:int"
    convert_lead = op("POST", "/crm/v6/Leads/{lead_id}/actions/convert", "CREATE", "convert_lead.ActionHandler",
        args="request:convert_lead.BodyWrapper?",
        mandatory=True,
        module="'Deals'",
        fields="'Deals'")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
