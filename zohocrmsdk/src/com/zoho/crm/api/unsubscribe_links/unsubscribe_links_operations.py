# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UnsubscribeLinksOperations(Operations):
    _init_ = ""
    get_unsubscribe_links = op("GET", "/crm/v6/settings/unsubscribe_links", "READ", "unsubscribe_links.ResponseHandler")
    create_unsubscribe_link = op("POST", "/crm/v6/settings/unsubscribe_links", "CREATE", "unsubscribe_links.ActionHandler",
        args="request:unsubscribe_links.BodyWrapper?",
        mandatory=True)
    update_unsubscribe_links = op("PUT", "/crm/v6/settings/unsubscribe_links", "UPDATE", "unsubscribe_links.ActionHandler",
        args="request:unsubscribe_links.BodyWrapper?",
        mandatory=True)
    get_unsubscribe_link = op("GET", "/crm/v6/settings/unsubscribe_links/{id}", "READ", "unsubscribe_links.ResponseHandler",
        args="id:int")
    update_unsubscribe_link = op("PUT", "/crm/v6/settings/unsubscribe_links/{id}", "UPDATE", "unsubscribe_links.ActionHandler",
        args="id:int, request:unsubscribe_links.BodyWrapper?")
    delete_unsubscribe_link = op("DELETE", "/crm/v6/settings/unsubscribe_links/{id}", "DELETE", "unsubscribe_links.ActionHandler",
        args="id:int")
    get_associated_unsubscribe_links = op("GET", "/crm/v6/settings/unsubscribe_link/actions/associations", "ACTION", "unsubscribe_links.AssociationsResponseHandler")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
