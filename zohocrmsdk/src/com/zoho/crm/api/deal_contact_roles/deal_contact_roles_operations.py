# Declarations of the official deal_contact_roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class DealContactRolesOperations(Operations):
    _init_ = ""
    get_associated_contact_roles = op("GET", "/crm/v6/Deals/{deal}/Contact_Roles", "READ", "deal_contact_roles.ResponseHandler",
        args="deal:int, param_instance:ParameterMap?=None",
        module="'Contacts'",
        fields="'Contacts'")
    get_associated_contact_roles_specific_to_contact = op("GET", "/crm/v6/Deals/{deal}/Contact_Roles/{contact}", "READ", "deal_contact_roles.ResponseHandler",
        args="contact:int, deal:int",
        module="'Contacts'",
        fields="'Contacts'")
    associate_contact_role_to_deal = op("PUT", "/crm/v6/Deals/{deal}/Contact_Roles/{contact}", "CREATE", "deal_contact_roles.ActionHandler",
        args="contact:int, deal:int, request:deal_contact_roles.BodyWrapper?",
        mandatory=True)
    delete_contact_role_realation = op("DELETE", "/crm/v6/Deals/{deal}/Contact_Roles/{contact}", "DELETE", "deal_contact_roles.ActionHandler",
        args="contact:int, deal:int")


class GetAssociatedContactRolesParam(ParamHolder, class_path="com.zoho.crm.api.DealContactRoles.GetAssociatedContactRolesParam"):
    ids = typed("ids")
    fields = typed("fields")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
