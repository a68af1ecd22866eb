# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Requester(Model):
    _fields_ = (
        F("name", "String"),
        F("id", "Long"),
        F("zuid", "String"),
    )
