# Declarations of the official files surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FilesOperations(Operations):
    _init_ = ""
    upload_files = op("POST", "/crm/v6/files", "CREATE", "files.ActionHandler",
        args="request:files.BodyWrapper?, param_instance:ParameterMap?=None",
        content_type="multipart/form-data",
        mandatory=True)
    get_file = op("GET", "/crm/v6/files", "READ", "files.ResponseHandler",
        args="param_instance:ParameterMap?=None",
        encode="application/x-download")


class UploadFilesParam(ParamHolder, class_path="com.zoho.crm.api.Files.UploadFilesParam"):
    type = typed("type")


class UploadFilesHeader(HeaderHolder):
    pass


class GetFileParam(ParamHolder, class_path="com.zoho.crm.api.Files.GetFileParam"):
    id = typed("id")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
