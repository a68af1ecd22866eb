# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class GlobalPicklistsOperations(Operations):
    _init_ = ""
    get_global_picklists = op("GET", "/crm/v6/settings/global_picklists", "READ", "global_picklists.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_global_picklist = op("POST", "/crm/v6/settings/global_picklists", "CREATE", "global_picklists.ActionHandler",
        args="request:global_picklists.BodyWrapper?",
        mandatory=True)
    update_global_picklists = op("PATCH", "/crm/v6/settings/global_picklists", "UPDATE", "global_picklists.ActionHandler",
        args="request:global_picklists.BodyWrapper?",
        mandatory=True)
    delete_global_picklists = op("DELETE", "/crm/v6/settings/global_picklists", "DELETE", "global_picklists.ActionHandler",
        args="param_instance:ParameterMap?=None")
    get_global_picklist = op("GET", "/crm/v6/settings/global_picklists/{id}", "READ", "global_picklists.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    update_global_picklist = op("PUT", "/crm/v6/settings/global_picklists/{id}", "UPDATE", "global_picklists.ActionHandler",
        args="id:int, request:global_picklists.BodyWrapper?")
    delete_global_picklist = op("DELETE", "/crm/v6/settings/global_picklists/{id}", "DELETE", "global_picklists.ActionHandler",
        args="id:int")
    replace_picklist_values = op("POST", "/crm/v6/settings/global_picklists/{id}/actions/replace_picklist_values", "ACTION", "global_picklists.ReplaceActionHandler",
        args="id:int, request:global_picklists.ReplaceBodyWrapper?")
    get_replace_values = op("GET", "/crm/v6/settings/global_picklists/{id}/actions/replaced_values", "ACTION", "global_picklists.ReplacedResponseHandler",
        args="id:int")
    get_associations = op("GET", "/crm/v6/settings/global_picklists/{id}/actions/associations", "ACTION", "global_picklists.AssociationsResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")
    get_pick_list_value_associations = op("GET", "/crm/v6/settings/global_picklists/{id}/actions/pick_list_values_associations", "ACTION", "global_picklists.PickListValuesAssociationsResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")


class GetGlobalPicklistsParam(ParamHolder, class_path="com.zoho.crm.api.GlobalPicklists.GetGlobalPicklistsParam"):
    include = typed("include")
    include_inner_details = typed("include_inner_details")


class DeleteGlobalPicklistsParam(ParamHolder, class_path="com.zoho.crm.api.GlobalPicklists.DeleteGlobalPicklistsParam"):
    ids = typed("ids")


class GetGlobalPicklistParam(ParamHolder, class_path="com.zoho.crm.api.GlobalPicklists.GetGlobalPicklistParam"):
    include = typed("include")
    include_inner_details = typed("include_inner_details")


class GetAssociationsParam(ParamHolder, class_path="com.zoho.crm.api.GlobalPicklists.GetAssociationsParam"):
    include_inner_details = typed("include_inner_details")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")


class GetPickListValueAssociationsParam(ParamHolder, class_path="com.zoho.crm.api.GlobalPicklists.GetPickListValueAssociationsParam"):
    picklist_value_id = typed("picklist_value_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
