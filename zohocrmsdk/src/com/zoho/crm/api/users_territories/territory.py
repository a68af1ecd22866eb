# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Territory(Model):
    _fields_ = (
        F("manager", "users_territories.Manager", key="Manager"),
        F("name", "String", key="Name"),
        F("id", "Long"),
        F("reporting_to", "users_territories.Manager", key="Reporting_To"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
