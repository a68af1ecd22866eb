# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.unsubscribe_links.associations_response_handler import AssociationsResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociationsResponseWrapper(Model, AssociationsResponseHandler):
    _fields_ = (
        F("associations", "List", of="unsubscribe_links.AssociationDetails"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
