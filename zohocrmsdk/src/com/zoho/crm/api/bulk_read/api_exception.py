# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.bulk_read.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.bulk_read.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.bulk_read.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionHandler, ActionResponse, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('FIELD_IN_CRITERIA_NOT_SUPPORTED', 'FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED', 'INVALID_REQUEST', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'INVALID_SERVICE_NAME', 'INVALID_BULK_OPERATION', 'RESOURCE_NOT_FOUND', 'MEDIA_TYPE_NOT_SUPPORTED', 'REQUEST_BODY_NOT_READABLE', 'REQUEST_BODY_IS_EMPTY', 'MODULE_NOT_AVAILABLE', 'NOT_SUPPORTED_FEATURE', 'NO_PERMISSION', 'JOB_NOT_SUPPORTED', 'QUERY_NOT_SUPPORTED', 'JOIN_LIMIT_EXCEEDED', 'CRITERIA_NOT_SUPPORTED', 'INVALID_CRITERIA', 'CRITERIA_LIMIT_EXCEEDED', 'FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE', 'FIELD_IN_CRITERIA_NOT_AVAILABLE', 'VALUE_IN_CRITERIA_NOT_SUPPORTED', 'FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE', 'COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE', 'COMPARATOR_AND_ENCRYPTED_VALUE_IN_CRITERIA_NOT_COMPATIBLE', 'FIELD_NOT_AVAILABLE', 'FIELD_NOT_SUPPORTED', 'VALUE_LIMIT_EXCEEDED_IN_CRITERIA', 'PAGE_NOT_SUPPORTED', 'TOO_MANY_REQUESTS', 'CALLBACK_FAILURE', 'GROUP_OPERATOR_NOT_SUPPORTED', 'CVID_NOT_SUPPORTED', 'REQUEST_BODY_NOT_SUPPORTED', 'MODULE_NOT_SUPPORTED', 'INVALID_CALLBACK_METHOD', 'INVALID_CALLBACK_URL', 'AMBIGUOUS_CRITERIA', 'AMBIGUOUS_GROUP_IN_CRITERIA', 'VALUE_TYPE_NOT_SUPPORTED', 'PAGE_RANGE_EXCEEDED', 'BAD_REQUEST', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("comparator", "String"),
            F("api_name", "String"),
            F("supported", "List", of="String"),
            F("resource", "String"),
            F("max_limit", "Integer"),
        )),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
