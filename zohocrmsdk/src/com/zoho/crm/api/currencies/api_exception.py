# Declarations of the official currencies surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.currencies.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.currencies.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.currencies.base_currency_action_response import BaseCurrencyActionResponse
from zohocrmsdk.src.com.zoho.crm.api.currencies.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, BaseCurrencyActionResponse, ActionResponse, ResponseHandler, ActionHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_DATA', 'ALREADY_ENABLED', 'OAUTH_SCOPE_MISMATCH', 'FEATURE_NOT_ENABLED', 'NOT_ALLOWED', 'ACTIVE_STATE_LIMIT_EXCEEDED', 'INVALID_TOKEN', 'INVALID_URL_PATTERN', 'INVALID_REQUEST_METHOD', 'DUPLICATE_DATA', 'LIMIT_EXCEEDED', 'MANDATORY_NOT_FOUND', 'CURRENCIES_NOT_ENABLED', 'FEATURE_NOT_SUPPORTED', 'No Content', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'NO_PERMISSION', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'ALREADY_USED', 'Not Modified', 'AUTHENTICATION_FAILURE')),
        F("details", "Map", keys=(
            F("regex", "String"),
            F("api_name", "String"),
            F("json_path", "String"),
            F("resource_path_index", "Integer"),
            F("related_status", "String"),
        )),
        F("message", "Choice", values=('invalid oauth token', 'Please check if the URL trying to access is a correct one.', 'The http request method type is not a valid one', 'The module name given seems to be invalid', 'The multi-currency is already enabled', 'Currency name is invalid.', 'ISO code is invalid.', 'Currency symbol is invalid.', 'The multi-currency feature is not available except the Enterprise and higher editions.', 'required field not found', 'unable to process your request. please verify whether you have entered proper method name', ' parameter and parameter values.', 'Currency symbol  is invalid.', 'Multi currency is not enabled', 'No Content', 'Currency id is invalid.')),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
