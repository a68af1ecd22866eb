# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociatedPlaces(Model):
    _fields_ = (
        F("resources", "List", of="String"),
        F("type", "String"),
    )
