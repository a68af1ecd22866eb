# Declarations of the official attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class AttachmentsOperations(Operations):
    _init_ = ""
    upload_attachments = op("POST", "/crm/v6/{module}/{record_id}/Attachments", "CREATE", "attachments.ActionHandler",
        args="record_id:int, module:str, request:attachments.FileBodyWrapper?",
        content_type="multipart/form-data",
        mandatory=True)
    get_attachments = op("GET", "/crm/v6/{module}/{record_id}/Attachments", "READ", "attachments.ResponseHandler",
        args="record_id:int, module:str, param_instance:ParameterMap?=None")
    upload_url_attachments = op("POST", "/crm/v6/{module}/{record_id}/Attachments", "ACTION", "attachments.ActionHandler",
        args="record_id:int, module:str, param_instance:ParameterMap?=None")
    delete_attachments = op("DELETE", "/crm/v6/{module}/{record_id}/Attachments", "DELETE", "attachments.ActionHandler",
        args="record_id:int, module:str, param_instance:ParameterMap?=None")
    get_attachment = op("GET", "/crm/v6/{module}/{record_id}/Attachments/{id}", "READ", "attachments.ResponseHandler",
        args="id:int, record_id:int, module:str",
        encode="image/png")
    delete_attachment = op("DELETE", "/crm/v6/{module}/{record_id}/Attachments/{id}", "DELETE", "attachments.ActionHandler",
        args="id:int, record_id:int, module:str")


class GetAttachmentsParam(ParamHolder, class_path="com.zoho.crm.api.Attachments.GetAttachmentsParam"):
    fields = typed("fields")
    ids = typed("ids")
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")


class UploadUrlAttachmentsParam(ParamHolder, class_path="com.zoho.crm.api.Attachments.UploadUrlAttachmentsParam"):
    attachmenturl = typed("attachmentUrl")
    title = typed("title")


class DeleteAttachmentsParam(ParamHolder, class_path="com.zoho.crm.api.Attachments.DeleteAttachmentsParam"):
    ids = typed("ids")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
