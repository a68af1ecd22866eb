# Declarations of the official portals surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class PortalsOperations(Operations):
    _init_ = ""
    get_portals = op("GET", "/crm/v6/settings/portals", "READ", "portals.ResponseHandler")
    create_portal = op("POST", "/crm/v6/settings/portals", "CREATE", "portals.ActionHandler",
        args="request:portals.BodyWrapper?",
        mandatory=True)
    get_portal = op("GET", "/crm/v6/settings/portals/{portal_name}", "READ", "portals.ResponseHandler",
        args="portal_name:str")
    update_portal = op("PUT", "/crm/v6/settings/portals/{portal_name}", "UPDATE", "portals.ActionHandler",
        args="portal_name:str, request:portals.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
