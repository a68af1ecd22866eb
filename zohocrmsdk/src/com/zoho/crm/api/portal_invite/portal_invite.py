# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PortalInvite(Model):
    _fields_ = (
        F("data", "List", of="portal_invite.Portal"),
    )
