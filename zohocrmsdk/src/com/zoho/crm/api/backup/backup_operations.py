# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class BackupOperations(Operations):
    _init_ = ""
    schedule = op("POST", "/crm/bulk/v6/backup", "CREATE", "backup.ActionHandler",
        args="request:backup.BodyWrapper?",
        mandatory=True)
    get_details = op("GET", "/crm/bulk/v6/backup", "READ", "backup.ResponseHandler")
    get_urls = op("GET", "/crm/bulk/v6/backup/urls", "ACTION", "backup.ResponseHandler")
    history = op("GET", "/crm/bulk/v6/backup/history", "ACTION", "backup.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    cancel = op("PUT", "/crm/bulk/v6/backup/{id}/actions/cancel", "ACTION", "backup.ActionHandler",
        args="id:int")
    download_backed_up_data = op("GET", "/{download_url}", "READ", "backup.ResponseHandler",
        args="download_url:str",
        encode="application/octet-stream")


class HISTORYParam(ParamHolder, class_path="com.zoho.crm.api.Backup.HISTORYParam"):
    page = typed("page")
    per_page = typed("per_page")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
