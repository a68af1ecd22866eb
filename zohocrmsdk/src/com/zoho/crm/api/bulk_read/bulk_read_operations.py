# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class BulkReadOperations(Operations):
    _init_ = ""
    create_bulk_read_job = op("POST", "/crm/bulk/v6/read", "CREATE", "bulk_read.ActionHandler",
        args="request:bulk_read.BodyWrapper?",
        mandatory=True)
    get_bulk_read_job_details = op("GET", "/crm/bulk/v6/read/{job_id}", "READ", "bulk_read.ResponseHandler",
        args="job_id:int")
    download_result = op("GET", "/crm/bulk/v6/read/{job_id}/result", "READ", "bulk_read.ResponseHandler",
        args="job_id:int",
        encode="application/x-download")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
