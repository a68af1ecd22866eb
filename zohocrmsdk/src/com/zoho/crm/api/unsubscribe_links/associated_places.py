# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedPlaces(Model):
    _fields_ = (
        F("resource", "unsubscribe_links.Resource"),
        F("details", "unsubscribe_links.Detail"),
        F("type", "String"),
    )
