# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.action_handler import ActionHandler
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.action_response import ActionResponse
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.associations_response_handler import AssociationsResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.pick_list_values_associations_response_handler import PickListValuesAssociationsResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replace_action_handler import ReplaceActionHandler
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replace_action_response import ReplaceActionResponse
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replaced_response_handler import ReplacedResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.response_handler import ResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class APIException(Model, ActionResponse, ResponseHandler, ActionHandler, ReplaceActionHandler, ReplaceActionResponse, ReplacedResponseHandler, AssociationsResponseHandler, PickListValuesAssociationsResponseHandler):
    _fields_ = (
        F("code", "Choice", values=('INVALID_TOKEN', 'INVALID_URL_PATTERN', 'BAD_REQUEST', 'NO_PERMISSION', 'OAUTH_SCOPE_MISMATCH', 'INTERNAL_ERROR', 'LIMIT_REACHED', 'NOT_ALLOWED', 'ALREADY_USED', 'INVALID_REQUEST_METHOD', 'Not Modified', 'AUTHENTICATION_FAILURE', 'MANDATORY_NOT_FOUND', 'INTERNAL_SERVER_ERROR')),
        F("details", "Map"),
        F("message", "String"),
        F("status", "Choice", values=('error',)),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
