# Declarations of the official mass_change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("cvid", "Long"),
        F("owner", "mass_change_owner.Owner"),
        F("criteria", "mass_change_owner.Criteria"),
        F("territory", "mass_change_owner.Territory"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
