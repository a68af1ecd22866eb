# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("portal_invite", "List", of="portal_invite.PortalInvite"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
