# Declarations of the official download_attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class DownloadAttachmentsOperations(Operations):
    _init_ = ""
    get_download_attachments_details = op("GET", "/crm/v6/{module}/{record_id}/Emails/actions/download_attachments", "READ", "download_attachments.ResponseHandler",
        args="record_id:int, module:str, param_instance:ParameterMap?=None",
        encode="multipart/form-data")


class GetDownloadAttachmentsDetailsParam(ParamHolder, class_path="com.zoho.crm.api.DownloadAttachments.GetDownloadAttachmentsDetailsParam"):
    user_id = typed("user_id", "Long")
    message_id = typed("message_id")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
