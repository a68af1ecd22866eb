# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class WizardsOperations(Operations):
    _init_ = ""
    get_wizards = op("GET", "/crm/v6/settings/wizards", "READ", "wizards.ResponseHandler")
    get_wizard_by_id = op("GET", "/crm/v6/settings/wizards/{wizard_id}", "READ", "wizards.ResponseHandler",
        args="wizard_id:str, param_instance:ParameterMap?=None")


class GetWizardByIDParam(ParamHolder, class_path="com.zoho.crm.api.Wizards.GetWizardByIDParam"):
    layout_id = typed("layout_id")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
