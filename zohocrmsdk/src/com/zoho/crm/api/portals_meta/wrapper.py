# Declarations of the official portals_meta surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Wrapper(Model):
    _fields_ = (
        F("related_lists", "List", of="portals_meta.RelatedLists"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
