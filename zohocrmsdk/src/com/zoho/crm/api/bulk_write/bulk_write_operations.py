# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class BulkWriteOperations(Operations):
    _init_ = ""
    upload_file = op("POST", "https://content.zohoapis.com/crm/v6/upload", "CREATE", "bulk_write.ActionResponse",
        args="request:bulk_write.FileBodyWrapper?, header_instance:HeaderMap?=None",
        content_type="multipart/form-data",
        mandatory=True)
    create_bulk_write_job = op("POST", "/crm/bulk/v6/write", "CREATE", "bulk_write.ActionResponse",
        args="request:bulk_write.RequestWrapper?",
        mandatory=True)
    get_bulk_write_job_details = op("GET", "/crm/bulk/v6/write/{job_id}", "READ", "bulk_write.ResponseWrapper",
        args="job_id:str")
    download_bulk_write_result = op("GET", "/{download_url}", "READ", "bulk_write.ResponseHandler",
        args="download_url:str",
        encode="application/octet-stream")


class UploadFileHeader(HeaderHolder, class_path="com.zoho.crm.api.BulkWrite.UploadFileHeader"):
    feature = typed("feature")
    x_crm_org = typed("X-CRM-ORG")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
