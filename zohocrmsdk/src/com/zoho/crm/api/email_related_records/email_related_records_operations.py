# Declarations of the official email_related_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class EmailRelatedRecordsOperations(Operations):
    _init_ = "record_id:int, module_name:str"
    get_emails_related_records = op("GET", "/crm/v6/{module_name}/{record_id}/Emails", "READ", "email_related_records.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_emails_related_record = op("GET", "/crm/v6/{module_name}/{record_id}/Emails/{message_id}", "READ", "email_related_records.ResponseHandler",
        args="message_id:str")


class GetEmailsRelatedRecordsParam(ParamHolder, class_path="com.zoho.crm.api.EmailRelatedRecords.GetEmailsRelatedRecordsParam"):
    type = typed("type", "Choice")
    filter = typed("filter", "email_related_records.Criteria")
    index = typed("index")
    owner_id = typed("owner_id", "Long")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
