# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class TagsOperations(Operations):
    _init_ = ""
    get_tags = op("GET", "/crm/v6/settings/tags", "READ", "tags.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_tags = op("POST", "/crm/v6/settings/tags", "CREATE", "tags.ActionHandler",
        args="request:tags.BodyWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    update_tags = op("PUT", "/crm/v6/settings/tags", "UPDATE", "tags.ActionHandler",
        args="request:tags.BodyWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    update_tag = op("PUT", "/crm/v6/settings/tags/{id}", "UPDATE", "tags.ActionHandler",
        args="id:int, request:tags.BodyWrapper?, param_instance:ParameterMap?=None")
    delete_tag = op("DELETE", "/crm/v6/settings/tags/{id}", "DELETE", "tags.ActionHandler",
        args="id:int")
    merge_tags = op("POST", "/crm/v6/settings/tags/{id}/actions/merge", "CREATE", "tags.ActionHandler",
        args="id:int, request:tags.MergeWrapper?",
        mandatory=True)
    add_tags = op("POST", "/crm/v6/{module_api_name}/{record_id}/actions/add_tags", "CREATE", "tags.RecordActionHandler",
        args="record_id:int, module_api_name:str, request:tags.NewTagRequestWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    remove_tags = op("POST", "/crm/v6/{module_api_name}/{record_id}/actions/remove_tags", "CREATE", "tags.RecordActionHandler",
        args="record_id:int, module_api_name:str, request:tags.ExistingTagRequestWrapper?",
        mandatory=True)
    add_tags_to_multiple_records = op("POST", "/crm/v6/{module_api_name}/actions/add_tags", "CREATE", "tags.RecordActionHandler",
        args="module_api_name:str, request:tags.NewTagRequestWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    remove_tags_from_multiple_records = op("POST", "/crm/v6/{module_api_name}/actions/remove_tags", "CREATE", "tags.RecordActionHandler",
        args="module_api_name:str, request:tags.ExistingTagRequestWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    get_record_count_for_tag = op("GET", "/crm/v6/settings/tags/{id}/actions/records_count", "READ", "tags.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None")


class GetTagsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.GetTagsParam"):
    module = typed("module")
    my_tags = typed("my_tags")


class CreateTagsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.CreateTagsParam"):
    module = typed("module")


class UpdateTagsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.UpdateTagsParam"):
    module = typed("module")


class UpdateTagParam(ParamHolder, class_path="com.zoho.crm.api.Tags.UpdateTagParam"):
    module = typed("module")


class AddTagsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.AddTagsParam"):
    over_write = typed("over_write")


class AddTagsToMultipleRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.AddTagsToMultipleRecordsParam"):
    over_write = typed("over_write")


class RemoveTagsFromMultipleRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Tags.RemoveTagsFromMultipleRecordsParam"):
    ids = typed("ids", "Long")


class GetRecordCountForTagParam(ParamHolder, class_path="com.zoho.crm.api.Tags.GetRecordCountForTagParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
