# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class JobResponse(Model):
    _fields_ = (
        F("data", "List", of="portal_invite.Data"),
        F("job_id", "Long"),
        F("status", "String"),
    )
