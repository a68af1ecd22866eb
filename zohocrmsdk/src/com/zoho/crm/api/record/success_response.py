# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.record.file_handler import FileHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SuccessResponse(Model, ActionResponse, FileHandler):
    _fields_ = (
        F("code", "Choice", values=('SUCCESS',)),
        F("duplicate_field", "String"),
        F("action", "Choice", values=('insert', 'update')),
        F("details", "Map", keys=(
            F("Modified_Time", "DateTime"),
            F("Modified_By", "users.MinifiedUser"),
            F("Created_Time", "DateTime"),
            F("id", "String"),
            F("Created_By", "users.MinifiedUser"),
            F("External_Contact_ID", "String"),
            F("$approval_state", "String"),
            F("Contacts", "record.Record"),
            F("Deals", "record.Record"),
            F("Accounts", "record.Record"),
        )),
        F("message", "Choice", values=('The record has been converted successfully', 'record updated', 'record deleted', 'record added', 'photo uploaded successfully', 'Photo deleted', 'the territories data updated successfully', 'the territories are removed successfully')),
        F("status", "Choice", values=('success',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
