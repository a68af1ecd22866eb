# Declarations of the official service_preference surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ServicePreferenceOperations(Operations):
    _init_ = ""
    get_service_preference = op("GET", "/crm/v6/settings/service_preferences", "READ", "service_preference.ResponseHandler")
    update_service_preference = op("PUT", "/crm/v6/settings/service_preferences", "UPDATE", "service_preference.ActionHandler",
        args="request:service_preference.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
