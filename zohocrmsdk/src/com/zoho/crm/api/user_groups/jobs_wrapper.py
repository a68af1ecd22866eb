# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class JobsWrapper(Model):
    _fields_ = (
        F("deletion_jobs", "List", of="user_groups.Jobs"),
    )
