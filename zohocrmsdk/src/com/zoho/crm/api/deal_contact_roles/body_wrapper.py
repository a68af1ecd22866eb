# Declarations of the official deal_contact_roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("data", "List", of="deal_contact_roles.Data"),
    )
