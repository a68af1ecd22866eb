# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociationDetails(Model):
    _fields_ = (
        F("id", "Long"),
        F("associated_places", "List", of="unsubscribe_links.AssociatedPlaces"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
