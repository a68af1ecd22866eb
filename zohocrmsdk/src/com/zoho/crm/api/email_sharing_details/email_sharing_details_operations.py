# Declarations of the official email_sharing_details surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class EmailSharingDetailsOperations(Operations):
    _init_ = "record_id:int, module:str"
    get_email_sharing_details = op("GET", "/crm/v6/{module}/{record_id}/__emails_sharing_details", "READ", "email_sharing_details.ResponseHandler")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
