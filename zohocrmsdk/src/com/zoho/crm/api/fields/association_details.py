# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AssociationDetails(Model):
    _fields_ = (
        F("related_field", "modules.MinifiedModule"),
        F("lookup_field", "modules.MinifiedModule"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
