# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.change_owner.body_wrapper import BodyWrapper
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class MassWrapper(BodyWrapper):
    _fields_ = (
        F("owner", "change_owner.Owner"),
        F("related_modules", "List", of="change_owner.RelatedModules"),
        F("ids", "List", of="Long"),
        F("notify", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
