# Declarations of the official email_compose_meta surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DataMap(Model):
    _fields_ = (
        F("mergefieldsdata", "String", key="mergeFieldsData"),
        F("features_available", "email_compose_meta.FeaturesAvailable"),
        F("relay_domains", "List", of="String"),
        F("user", "email_compose_meta.User"),
        F("from_address", "List", of="email_compose_meta.FromAddress"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
