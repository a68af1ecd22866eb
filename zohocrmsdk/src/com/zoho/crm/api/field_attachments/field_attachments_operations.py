# Declarations of the official field_attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FieldAttachmentsOperations(Operations):
    _init_ = "module_api_name:str, record_id:int, fields_attachment_id:int?=None"
    get_field_attachments = op("GET", "/crm/v6/{module_api_name}/{record_id}/actions/download_fields_attachment", "READ", "field_attachments.ResponseHandler",
        encode="application/x-download",
        inject=(("param", "fields_attachment_id", "com.zoho.crm.api.FieldAttachments.GetFieldAttachmentsParam", "fields_attachment_id"),))


class GetFieldAttachmentsParam(ParamHolder, class_path="com.zoho.crm.api.FieldAttachments.GetFieldAttachmentsParam", hidden=(typed("fields_attachment_id", "Long"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
