# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Urls(Model):
    _fields_ = (
        F("data_links", "List", of="String"),
        F("attachment_links", "List", of="String"),
        F("expiry_date", "DateTime"),
    )
