# Declarations of the official coql surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.coql.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_QUERY', 'SYNTAX_ERROR', 'LIMIT_EXCEEDED', 'INVALID_ALIAS', 'DUPLICATE_DATA', 'DUPLICATE_ALIAS', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map", keys=(
            F("near", "String"),
            F("column", "Integer"),
            F("line", "Integer"),
            F("clause", "String"),
            F("by", "String"),
            F("limit", "Integer"),
            F("column_name", "String"),
            F("reason", "String"),
            F("module", "String"),
            F("data_type", "String"),
            F("expected_data_type", "String"),
            F("operator", "String"),
        )),
        F("message", "Choice", values=('invalid query formed', 'value given seems to be invalid for the column', 'data type not supported', 'column given seems to be invalid')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
