# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.record.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.record.count_handler import CountHandler
from zohocrmsdk.src.com.zoho.crm.api.record.deleted_records_handler import DeletedRecordsHandler
from zohocrmsdk.src.com.zoho.crm.api.record.download_handler import DownloadHandler
from zohocrmsdk.src.com.zoho.crm.api.record.file_handler import FileHandler
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_action_handler import MassUpdateActionHandler
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_action_response import MassUpdateActionResponse
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_response import MassUpdateResponse
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_response_handler import MassUpdateResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.record.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler, ActionResponse, ActionHandler, DeletedRecordsHandler, DownloadHandler, FileHandler, MassUpdateActionResponse, MassUpdateActionHandler, MassUpdateResponse, MassUpdateResponseHandler, CountHandler):
    _fields_ = (
        F("code", "Choice", values=('NO_CONTENT', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'TERRITORY_NOT_ENABLED', 'DEPENDENT_FIELD_MISSING', 'EXPECTED_FIELD_MISSING', 'FEATURE_NOT_SUPPORTED', 'CONVERTED_RECORD', 'NOT_FOUND', 'NO_RECORDS_FOUND', 'NOT_APPROVED', 'LIMIT_EXCEEDED', 'ALREADY_SCHEDULED', 'CANNOT_PERFORM_ACTION', 'CANNOT_PROCESS', 'INTERNAL_ERROR', 'INVALID_TOKEN', 'INVALID_DATA', 'STORAGE_SPACE_EXCEEDED', 'MANDATORY_NOT_FOUND', 'NO_PERMISSION', 'INVALID_MODULE', 'NOT_SUPPORTED', 'PATTERN_NOT_MATCHED', 'OAUTH_SCOPE_MISMATCH', 'DUPLICATE_DATA', 'INVALID_QUERY', 'MAPPING_MISMATCH', 'ID_ALREADY_CONVERTED', 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE', 'RECORD_IN_BLUEPRINT', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'CANNOT_DELETE', 'REQUIRED_PARAM_MISSING', 'DATA_MISMATCH', 'RECORD_LOCKED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("permissions", "List", of="String"),
            F("duplicate_record", "record.DuplicateRecord"),
            F("param_name", "String"),
            F("api_name", "String"),
            F("id", "Long"),
            F("module", "String"),
            F("expected_data_type", "String"),
            F("index", "Integer"),
            F("maximum_length", "String"),
            F("mapped_field", "String"),
            F("reason", "String"),
            F("operator", "String"),
            F("allowed_count", "Integer"),
            F("limit", "Integer"),
            F("json_path", "String"),
            F("parent_api_name", "String"),
            F("param", "String"),
            F("resource_path_index", "Integer"),
            F("External", "String"),
        )),
        F("message", "Choice", values=('The record under merge is locked', 'the given id seems to be invalid', 'The record is not approved', 'The external ID of the lookup field or the Price Book is incorrect', 'The value of the external field is invalid.', 'There is no data for the ID specified or there is no matching record in the given module.', 'The external field contains duplicate data.', 'the territory feature is not enabled', 'Given Probability is not valid', 'duplicate territory id found', 'Given Territory id already exists for that record', 'User has no permission to assign this territory', 'Maximum limit of territories for that record exceeds', 'Invalid Sequence Number', 'Record insertion limit for Image upload field has been exceeded.', 'Record insertion limit has been exceeded.', 'The image format is invalid.', 'Dependent Fields missing', 'Specify Atleast one field', 'the id given seems to be invalid.', 'Already an Mass Action scheduler is runing for the given cvid', 'Scheduled Mass Operation feature is not available in your edition', "can't update the converted record", 'Field cannot be updated in Scheduled Mass Update', 'Field is not visible', 'Field cannot be updated as it is associated with a validation rule.', 'Field cannot be updated as it is associated with a layout rule.This field cannot be updated in the Mass Update', 'Max field limit exceeded', 'Maximum lookup field limit in criteria exceeded', 'No field found', 'invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'The module name given seems to be invalid', 'Territory is not supported for the given module', 'Please check whether the input values are correct', 'invalid data', 'permission denied', 'Internal server error occurred.', 'duplicate data', 'required field not found', "Layout doesn't contain the Pipeline", "Pipeline doesn't contain the Stage", 'the id given seems to be invalid', 'record not deleted', 'record not deletable', 'Authentication failed', 'One of the expected parameter is missing', 'mandatory param missing', 'invalid query formed', 'id already converted', 'body', 'given id is invalid', 'Already a Mass Action scheduler is running for the given cvid', 'The record is in stop processing', 'The record is in blue print', 'no permission to perform an action on this record', 'Record count exceeded', 'record not approved', 'no record found to update', 'Field Edit Permission not given', 'Customview not accessible', 'Empty response', 'give contact id is mismatched with the data', 'give account id is mismatched with the data', 'Territory id which you are trying to remove was system assigned')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
