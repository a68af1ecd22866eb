# Declarations of the official related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RelatedRecordsOperations(Operations):
    _init_ = "related_list_api_name:str, module_api_name:str"
    get_related_records = op("GET", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}", "READ", "related_records.ResponseHandler",
        args="record_id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    update_related_records = op("PUT", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}", "UPDATE", "related_records.ActionHandler",
        args="record_id:int, request:related_records.BodyWrapper?, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    delink_records = op("DELETE", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}", "DELETE", "related_records.ActionHandler",
        args="record_id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        fields="module_api_name")
    get_related_records_using_external_id = op("GET", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}", "READ", "related_records.ResponseHandler",
        args="external_value:str, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    update_related_records_using_external_id = op("PUT", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}", "UPDATE", "related_records.ActionHandler",
        args="external_value:str, request:related_records.BodyWrapper?, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    delete_related_records_using_external_id = op("DELETE", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}", "DELETE", "related_records.ActionHandler",
        args="external_value:str, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    get_related_record = op("GET", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}", "READ", "related_records.ResponseHandler",
        args="related_record_id:int, record_id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    update_related_record = op("PUT", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}", "UPDATE", "related_records.ActionHandler",
        args="related_record_id:int, record_id:int, request:related_records.BodyWrapper?, header_instance:HeaderMap?=None",
        mandatory=True,
        related=("related_list_api_name", "module_api_name"))
    delink_record = op("DELETE", "/crm/v6/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}", "DELETE", "related_records.ActionHandler",
        args="related_record_id:int, record_id:int, header_instance:HeaderMap?=None",
        fields="module_api_name")
    get_related_record_using_external_id = op("GET", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}/{external_field_value}", "READ", "related_records.ResponseHandler",
        args="external_field_value:str, external_value:str, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    update_related_record_using_external_id = op("PUT", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}/{external_field_value}", "UPDATE", "related_records.ActionHandler",
        args="external_field_value:str, external_value:str, request:related_records.BodyWrapper?, header_instance:HeaderMap?=None",
        mandatory=True,
        related=("related_list_api_name", "module_api_name"))
    delete_related_record_using_external_id = op("DELETE", "/crm/v6/{module_api_name}/{external_value}/{related_list_api_name}/{external_field_value}", "DELETE", "related_records.ActionHandler",
        args="external_field_value:str, external_value:str, header_instance:HeaderMap?=None",
        related=("related_list_api_name", "module_api_name"))
    get_deleted_parent_records_related_record = op("GET", "/crm/v6/{module_api_name}/deleted/{record_id}/{related_list_api_name}", "READ", "related_records.ResponseHandler",
        args="record_id:int, param_instance:ParameterMap?=None",
        related=("related_list_api_name", "module_api_name"))


class GetRelatedRecordsParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordsParam"):
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    fields = typed("fields")


class GetRelatedRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordsHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRelatedRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.UpdateRelatedRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class DelinkRecordsParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.DelinkRecordsParam"):
    ids = typed("ids")


class DelinkRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.DelinkRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class GetRelatedRecordsUsingExternalIDParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordsUsingExternalIDParam"):
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    fields = typed("fields")


class GetRelatedRecordsUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordsUsingExternalIDHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRelatedRecordsUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.UpdateRelatedRecordsUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


class DeleteRelatedRecordsUsingExternalIDParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.DeleteRelatedRecordsUsingExternalIDParam"):
    ids = typed("ids")


class DeleteRelatedRecordsUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.DeleteRelatedRecordsUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


class GetRelatedRecordParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordParam"):
    fields = typed("fields")


class GetRelatedRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRelatedRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.UpdateRelatedRecordHeader"):
    x_external = typed("X-EXTERNAL")


class DelinkRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.DelinkRecordHeader"):
    x_external = typed("X-EXTERNAL")


class GetRelatedRecordUsingExternalIDParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordUsingExternalIDParam"):
    fields = typed("fields")


class GetRelatedRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.GetRelatedRecordUsingExternalIDHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRelatedRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.UpdateRelatedRecordUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


class DeleteRelatedRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.RelatedRecords.DeleteRelatedRecordUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


class GetDeletedParentRecordsRelatedRecordParam(ParamHolder, class_path="com.zoho.crm.api.RelatedRecords.GetDeletedParentRecordsRelatedRecordParam"):
    fields = typed("fields")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    ids = typed("ids")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
