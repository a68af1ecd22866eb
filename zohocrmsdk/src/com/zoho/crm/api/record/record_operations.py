# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.paging import iter_deleted_records, iter_records
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class RecordOperations(Operations):
    _init_ = "module_api_name:str"
    get_record = op("GET", "/crm/v6/{module_api_name}/{id}", "READ", "record.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    update_record = op("PUT", "/crm/v6/{module_api_name}/{id}", "UPDATE", "record.ActionHandler",
        args="id:int, request:record.BodyWrapper?, header_instance:HeaderMap?=None",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    delete_record = op("DELETE", "/crm/v6/{module_api_name}/{id}", "DELETE", "record.ActionHandler",
        args="id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        fields="module_api_name")
    get_records = op("GET", "/crm/v6/{module_api_name}", "READ", "record.ResponseHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    create_records = op("POST", "/crm/v6/{module_api_name}", "CREATE", "record.ActionHandler",
        args="request:record.BodyWrapper?, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    update_records = op("PUT", "/crm/v6/{module_api_name}", "UPDATE", "record.ActionHandler",
        args="request:record.BodyWrapper?, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    delete_records = op("DELETE", "/crm/v6/{module_api_name}", "DELETE", "record.ActionHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        fields="module_api_name")
    upsert_records = op("POST", "/crm/v6/{module_api_name}/upsert", "ACTION", "record.ActionHandler",
        args="request:record.BodyWrapper?, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    get_deleted_records = op("GET", "/crm/v6/{module_api_name}/deleted", "READ", "record.DeletedRecordsHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        fields="module_api_name")
    search_records = op("GET", "/crm/v6/{module_api_name}/search", "READ", "record.ResponseHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    get_photo = op("GET", "/crm/v6/{module_api_name}/{id}/photo", "READ", "record.DownloadHandler",
        args="id:int",
        encode="application/x-download",
        fields="module_api_name")
    upload_photo = op("POST", "/crm/v6/{module_api_name}/{id}/photo", "CREATE", "record.FileHandler",
        args="id:int, request:record.FileBodyWrapper?, param_instance:ParameterMap?=None",
        content_type="multipart/form-data",
        mandatory=True,
        fields="module_api_name",
        photo="module_api_name")
    delete_photo = op("DELETE", "/crm/v6/{module_api_name}/{id}/photo", "DELETE", "record.FileHandler",
        args="id:int",
        fields="module_api_name")
    mass_update_records = op("POST", "/crm/v6/{module_api_name}/actions/mass_update", "UPDATE", "record.MassUpdateActionHandler",
        args="request:record.MassUpdateBodyWrapper?",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    get_mass_update_status = op("GET", "/crm/v6/{module_api_name}/actions/mass_update", "READ", "record.MassUpdateResponseHandler",
        args="param_instance:ParameterMap?=None",
        fields="module_api_name")
    assign_territories_to_multiple_records = op("POST", "/crm/v6/{module_api_name}/actions/assign_territories", "UPDATE", "record.ActionHandler",
        args="request:record.BodyWrapper?",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    assign_territory_to_record = op("POST", "/crm/v6/{module_api_name}/{id}/actions/assign_territories", "UPDATE", "record.ActionHandler",
        args="id:int, request:record.BodyWrapper?",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    remove_territories_from_multiple_records = op("POST", "/crm/v6/{module_api_name}/actions/remove_territories", "UPDATE", "record.ActionHandler",
        args="request:record.BodyWrapper?",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    remove_territories_from_record = op("POST", "/crm/v6/{module_api_name}/{id}/actions/remove_territories", "UPDATE", "record.ActionHandler",
        args="id:int, request:record.BodyWrapper?",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    record_count = op("GET", "/crm/v6/{module_api_name}/actions/count", "READ", "record.CountHandler",
        args="param_instance:ParameterMap?=None")
    get_record_using_external_id = op("GET", "/crm/v6/{module_api_name}/{external_field_value}", "READ", "record.ResponseHandler",
        args="external_field_value:str, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        module="module_api_name",
        fields="module_api_name")
    update_record_using_external_id = op("PUT", "/crm/v6/{module_api_name}/{external_field_value}", "UPDATE", "record.ActionHandler",
        args="external_field_value:str, request:record.BodyWrapper?, header_instance:HeaderMap?=None",
        mandatory=True,
        module="module_api_name",
        fields="module_api_name")
    delete_record_using_external_id = op("DELETE", "/crm/v6/{module_api_name}/{external_field_value}", "DELETE", "record.ActionHandler",
        args="external_field_value:str, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None",
        fields="module_api_name")
    # ours, not in the official SDK: lazy iteration over all pages
    iter_records = iter_records
    iter_deleted_records = iter_deleted_records


class GetRecordParam(ParamHolder, class_path="com.zoho.crm.api.Record.GetRecordParam"):
    approved = typed("approved")
    converted = typed("converted")
    cvid = typed("cvid")
    uid = typed("uid")
    fields = typed("fields")
    startdatetime = typed("startDateTime", "DateTime")
    enddatetime = typed("endDateTime", "DateTime")
    territory_id = typed("territory_id")
    include_child = typed("include_child")
    on_demand_properties = typed("on_demand_properties")


class GetRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.GetRecordHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.UpdateRecordHeader"):
    x_external = typed("X-EXTERNAL")


class DeleteRecordParam(ParamHolder, class_path="com.zoho.crm.api.Record.DeleteRecordParam"):
    wf_trigger = typed("wf_trigger", "Boolean")


class DeleteRecordHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.DeleteRecordHeader"):
    x_external = typed("X-EXTERNAL")


class GetRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Record.GetRecordsParam"):
    approved = typed("approved")
    converted = typed("converted")
    cvid = typed("cvid")
    ids = typed("ids")
    uid = typed("uid")
    fields = typed("fields")
    sort_by = typed("sort_by")
    sort_order = typed("sort_order")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    startdatetime = typed("startDateTime", "DateTime")
    enddatetime = typed("endDateTime", "DateTime")
    territory_id = typed("territory_id")
    include_child = typed("include_child")
    page_token = typed("page_token")


class GetRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.GetRecordsHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class CreateRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.CreateRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class UpdateRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.UpdateRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class DeleteRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Record.DeleteRecordsParam"):
    ids = typed("ids")
    wf_trigger = typed("wf_trigger", "Boolean")


class DeleteRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.DeleteRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class UpsertRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.UpsertRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class GetDeletedRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Record.GetDeletedRecordsParam"):
    type = typed("type")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")


class GetDeletedRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.GetDeletedRecordsHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


class SearchRecordsParam(ParamHolder, class_path="com.zoho.crm.api.Record.SearchRecordsParam"):
    criteria = typed("criteria")
    email = typed("email")
    phone = typed("phone")
    word = typed("word")
    converted = typed("converted")
    approved = typed("approved")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    fields = typed("fields")
    cvid = typed("cvid")


class SearchRecordsHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.SearchRecordsHeader"):
    x_external = typed("X-EXTERNAL")


class UploadPhotoParam(ParamHolder, class_path="com.zoho.crm.api.Record.UploadPhotoParam"):
    restrict_triggers = typed("restrict_triggers")


class GetMassUpdateStatusParam(ParamHolder, class_path="com.zoho.crm.api.Record.GetMassUpdateStatusParam"):
    job_id = typed("job_id")


class RecordCountParam(ParamHolder, class_path="com.zoho.crm.api.Record.RecordCountParam"):
    criteria = typed("criteria")
    email = typed("email")
    phone = typed("phone")
    word = typed("word")


class GetRecordUsingExternalIDParam(ParamHolder, class_path="com.zoho.crm.api.Record.GetRecordUsingExternalIDParam"):
    approved = typed("approved")
    converted = typed("converted")
    cvid = typed("cvid")
    uid = typed("uid")
    fields = typed("fields")
    startdatetime = typed("startDateTime", "DateTime")
    enddatetime = typed("endDateTime", "DateTime")
    territory_id = typed("territory_id")
    include_child = typed("include_child")


class GetRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.GetRecordUsingExternalIDHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")
    x_external = typed("X-EXTERNAL")


class UpdateRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.UpdateRecordUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


class DeleteRecordUsingExternalIDParam(ParamHolder, class_path="com.zoho.crm.api.Record.DeleteRecordUsingExternalIDParam"):
    wf_trigger = typed("wf_trigger", "Boolean")


class DeleteRecordUsingExternalIDHeader(HeaderHolder, class_path="com.zoho.crm.api.Record.DeleteRecordUsingExternalIDHeader"):
    x_external = typed("X-EXTERNAL")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
