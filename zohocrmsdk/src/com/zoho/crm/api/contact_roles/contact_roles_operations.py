# Declarations of the official contact_roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ContactRolesOperations(Operations):
    _init_ = ""
    get_roles = op("GET", "/crm/v6/Contacts/roles", "READ", "contact_roles.ResponseHandler")
    create_roles = op("POST", "/crm/v6/Contacts/roles", "CREATE", "contact_roles.ActionHandler",
        args="request:contact_roles.BodyWrapper?",
        mandatory=True)
    update_roles = op("PUT", "/crm/v6/Contacts/roles", "UPDATE", "contact_roles.ActionHandler",
        args="request:contact_roles.BodyWrapper?",
        mandatory=True)
    delete_contact_roles = op("DELETE", "/crm/v6/Contacts/roles", "DELETE", "contact_roles.ActionHandler",
        args="param_instance:ParameterMap?=None")
    get_role = op("GET", "/crm/v6/Contacts/roles/{id}", "READ", "contact_roles.ResponseHandler",
        args="id:int")
    update_contact_role = op("PUT", "/crm/v6/Contacts/roles/{id}", "UPDATE", "contact_roles.ActionHandler",
        args="id:int, request:contact_roles.BodyWrapper?")
    delete_contact_role = op("DELETE", "/crm/v6/Contacts/roles/{id}", "DELETE", "contact_roles.ActionHandler",
        args="id:int")


class DeleteContactRolesParam(ParamHolder, class_path="com.zoho.crm.api.ContactRoles.DeleteContactRolesParam"):
    ids = typed("ids")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
