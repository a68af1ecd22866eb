# Declarations of the official associate_email surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("emails", "List", key="Emails", of="associate_email.AssociateEmail"),
    )
