# Declarations of the official users_transfer_delete surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users_transfer_delete.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.users_transfer_delete.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.users_transfer_delete.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'INVALID_MODULE', 'ID_ALREADY_DELETED', 'CANNOT_UPDATE_DELETED_USER', 'AUTHORIZATION_FAILED', 'PATTERN_NOT_MATCHED', 'INVALID_REQUEST', 'LICENSE_LIMIT_EXCEEDED', 'DUPLICATE_DATA', 'UNAPPROVABLE', 'MANDATORY_NOT_FOUND', 'EMAIL_UPDATE_NOT_ALLOWED', 'ID_ALREADY_DEACTIVATED', 'ID_ALREADY_ACTIVE', 'FEATURE_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'EMAIL_UPDATE_NOT_ALOWED', 'BAD_REQUEST', 'NO_PERMISSION', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("expected_data_type", "String"),
            F("owner_status", "String"),
            F("id", "Long"),
            F("email", "String"),
            F("resource_path_index", "Integer"),
        )),
        F("message", "Choice", values=('invalid data', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'required field not found', 'The http request method type is not a valid one', 'Please check whether the input values are correct', 'the id given seems to be invalid', 'Cannot add user under CRM Plus account. Kindly use CRMPlus URL to add user', 'Request exceeds your license limit. Need to upgrade in order to add', 'Failed to add user since same email id is already present', 'Email Id should not contain @skydesk.jp. Please choose a different email id', 'Invalid Email Id. Please choose a different email id', 'Cannot add user for CRMPlus account from CRM. Kindly add user through CRMPlus', 'Company Name is required', 'Error occurred in resending the invitation of CRMPLUS user in CRM account', 'Cannot update the time_zone of another User', 'Either trial has expired or user does not have sufficient privilege to perform this action', 'Error occurred while updating CRMPlus User in CRM Account', 'invalid_data', 'Deleted user cannot be updated', 'Re-invite is not allowed for a confirmed user', 'Cannot update email of a confirmed CRM User', 'User with same email id is already in CRM Plus', 'User is already deactivated', 'Primary Contact cannot be deactivated', 'User is already active', 'Share among Subordinates Feature is not available', 'Profile and Role cannot be Updated by the user.', 'the_id_given_seems_to_be_invalid', 'Primary contact cannot be deleted', 'User is already deleted', 'User does not have sufficient privilege to delete users', 'Cannot update email of a confirmed CRM User')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
