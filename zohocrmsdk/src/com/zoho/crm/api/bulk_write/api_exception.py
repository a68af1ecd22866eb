# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.bulk_write.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.bulk_write.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.bulk_write.response_wrapper import ResponseWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseWrapper, ResponseHandler):
    _fields_ = (
        F("error_message", "Choice", key="ERROR_MESSAGE", values=('Bad Request',)),
        F("code", "Choice", values=('COEXISTENCE_NOT_ALLOWED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'FILE_TOO_LARGE', 'INVALID_FILE_FORMAT', 'MANDATORY_FIELDS_NOT_MAPPED', 'MANDATORY_NOT_FOUND', 'INVALID_FIELD', 'INVALID_FORMAT', 'INVALID_FILE_ID', 'HEADER_LIMIT_EXCEEDED', 'COLUMN_INDEX_NOT_FOUND', 'MODULE_NOT_AVAILABLE', 'INVALID_DATA', 'DUPLICATE_DATA', 'NOT_APPROVED', 'BLOCKED_RECORD', 'CANNOT_PROCESS', 'LIMIT_EXCEEDED', 'RESOURCE_NOT_FOUND', 'MISSING_REQUIRED_KEY', 'INVALID_FIELD_NAME', 'FILE_NOT_SUPPORTED', 'INVALID_CALLBACK_METHOD', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'INTERNAL_SERVER_ERROR')),
        F("x_info", "Choice", key="x-info", values=('Link not valid',)),
        F("details", "Map", keys=(
            F("api_name", "String"),
            F("json_path", "String"),
            F("supported_callback_methods", "List", of="String"),
        )),
        F("error_code", "Integer", key="ERROR_CODE"),
        F("http_status", "String"),
        F("message", "Choice", values=('invalid oauth token', 'Please check if the URL trying to access is a correct one', 'The http request method type is not a valid one', 'invalid file format. only zip format is supported', 'File size too large to process', "The requested resource doesn't exist.", 'required key operation is not found in request body.', 'improper file id', 'required key index for field Company is not found in request body.', 'All mandatory fields are not mapped for the layout', "Requested module 'asdf' is not available.", 'invalid mapping. invalid api_name ast_Name.', 'File not supported for bulk write')),
        F("x_error", "Choice", key="x-error", values=('check if headers [feature, X-CRM-ORG] are present and valid',)),
        F("status", "Choice", values=('error',)),
        F("info", "Choice", values=('Forbidden',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
